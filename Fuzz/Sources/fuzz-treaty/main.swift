import FuzzSupport

FuzzDriver.run { fuzzTreaty($0, $1) }
