import FoedusCLI

await FoedusCommand.start()
