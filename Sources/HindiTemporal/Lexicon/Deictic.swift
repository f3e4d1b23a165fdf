/// Words pointing at the DCT: आज, कल, परसों, and the vague present/past/future references.
enum Deictic: UInt8, Sendable {
    case today, kal, parson, presentRef, pastRef, futureRef
}
