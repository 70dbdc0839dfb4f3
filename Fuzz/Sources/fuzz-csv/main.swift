import FuzzSupport

FuzzDriver.run { fuzzCSV($0, $1) }
