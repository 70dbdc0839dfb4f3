import FuzzSupport

FuzzDriver.run { fuzzAttack($0, $1) }
