import Foundation
import Testing
@testable import Feeds

@Suite struct RootSnifferTests {
    private func root(_ text: String) -> RootSniffer.Root { RootSniffer.root(of: Array(text.utf8)) }

    @Test func skipsDeclarationCommentsAndDoctype() {
        #expect(root("\u{FEFF}  <?xml version=\"1.0\"?>\n<!-- समाचार --><!DOCTYPE rss><rss version=\"2.0\">") == .element(name: "rss"))
        #expect(root("<rdf:RDF xmlns:rdf=\"x\">") == .element(name: "rdf:RDF"))
        #expect(root("<feed/>") == .element(name: "feed"))
    }

    @Test func reportsEntityDeclarationsInTheInternalSubset() {
        let declared = RootSniffer.prolog(of: Array("<!DOCTYPE rss [<!ENTITY a \"x\"> <!-- ] -->]><rss>".utf8))
        #expect(declared.declaresEntities)
        #expect(declared.root == .element(name: "rss"))
        #expect(!RootSniffer.prolog(of: Array("<!DOCTYPE rss SYSTEM \"rss.dtd\"><rss>".utf8)).declaresEntities)
    }

    @Test func recognisesHTMLAndNonMarkup() {
        #expect(root("<!doctype HTML><p>") == .html)
        #expect(root("\n<HTML lang=\"hi\">") == .html)
        #expect(root("नमस्ते") == .notMarkup)
        #expect(root("<?xml version=\"1.0\"?>") == .none)
        #expect(root("<!-- अधूरी") == .none)
        #expect(RootSniffer.localName("rdf:RDF") == "RDF")
    }
}
