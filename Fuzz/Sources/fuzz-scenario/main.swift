import FuzzSupport

FuzzDriver.run { fuzzScenario($0, $1) }
