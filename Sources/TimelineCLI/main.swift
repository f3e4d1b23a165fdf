import TimelineCommands

await TimelineCommand.runFromCommandLine()
