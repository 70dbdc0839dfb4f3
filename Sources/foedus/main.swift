import FoedusCLI

FoedusCommand.start()
