import TimelineCommands

let entry: () async -> Void = { await TimelineCommand.main(nil) }
await entry()
