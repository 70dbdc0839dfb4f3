import FuzzSupport

FuzzDriver.run { fuzzJSONBody($0, $1) }
