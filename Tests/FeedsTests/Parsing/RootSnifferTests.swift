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

    @Test func htmlDoctypeBeforeAFeedRootIsAFeed() {
        let xhtml = "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" " +
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<rss version=\"2.0\">"
        #expect(root(xhtml) == .element(name: "rss"))
        #expect(root("<!DOCTYPE html>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">") == .element(name: "feed"))
        #expect(root("<!DOCTYPE html><rdf:RDF>") == .element(name: "rdf:RDF"))
        #expect(root("<!DOCTYPE html><head><title>") == .html)
        #expect(root("<!DOCTYPE html>") == .html)
    }

    @Test func reportsTheDoctypeAndAMisplacedDeclaration() {
        let text = "\n<!-- टिप्पणी -->\n<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"rss.dtd\"><?xml-stylesheet href=\"s.xsl\"?><rss>"
        let prolog = RootSniffer.prolog(of: Array(text.utf8))
        let bytes = Array(text.utf8)
        #expect(prolog.misplacedDeclaration.map { String(decoding: bytes[$0], as: UTF8.self) } == "<?xml version=\"1.0\"?>")
        #expect(prolog.doctype.map { String(decoding: bytes[$0], as: UTF8.self) } == "<!DOCTYPE rss SYSTEM \"rss.dtd\">")
        #expect(RootSniffer.prolog(of: Array("<?xml version=\"1.0\"?><rss>".utf8)).misplacedDeclaration == nil)
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
