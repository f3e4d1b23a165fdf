import TimelineCommands

await TimelineCommand.main()
