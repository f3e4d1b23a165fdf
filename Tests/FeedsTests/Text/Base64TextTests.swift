import Foundation
import Testing
@testable import Feeds

@Suite struct Base64TextTests {
    @Test func decodesUTF8TextIgnoringLineBreaks() {
        #expect(Base64Text.decode("4KSs4KS+4KSi4KS8IOCkleClgCDgpJbgpKzgpLA=") == "बाढ़ की खबर")
        #expect(Base64Text.decode("4KSs4KS+4KSi4KS8IOCk\n  leClgCDgpJbgpKzgpLA=\n") == "बाढ़ की खबर")
    }

    @Test func refusesBinaryAndNonBase64() {
        #expect(Base64Text.decode("iVBORw0KGgoAAAANSUhEUgAAAAE=") == nil)  // PNG signature and header
        #expect(Base64Text.decode("यह base64 नहीं") == nil)
        #expect(Base64Text.decode("  ") == nil)
    }
}
