import FuzzSupport

FuzzDriver.run { fuzzDate($0, $1) }
