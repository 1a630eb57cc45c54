import Native

/// The XMP metadata of a PDF/A-1b file that also claims PDF/UA-1: Dublin Core, XMP basic and PDF
/// properties mirroring the Info dictionary, the pdfaid identification, and pdfuaid declared through
/// the extension schema PDF/A-1 requires for any namespace it does not predefine.
struct XMPPacket {
    let info: DocumentInfo

    init(_ info: DocumentInfo) { self.info = info }

    var xml: String {
        var properties: [String] = []
        if !info.title.isEmpty { properties.append(alternative("dc:title", info.title)) }
        if !info.author.isEmpty {
            properties.append("<dc:creator><rdf:Seq><rdf:li>\(XMLText.escaped(info.author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if !info.subject.isEmpty { properties.append(alternative("dc:description", info.subject)) }
        if !info.keywords.isEmpty { properties.append(simple("pdf:Keywords", info.keywords)) }
        if !info.producer.isEmpty { properties.append(simple("pdf:Producer", info.producer)) }
        if !info.creator.isEmpty { properties.append(simple("xmp:CreatorTool", info.creator)) }
        if !info.creationDate.isEmpty { properties.append(simple("xmp:CreateDate", info.creationDate)) }
        return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
        <pdfaid:part>1</pdfaid:part>
        <pdfaid:conformance>B</pdfaid:conformance>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
        <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
        \(properties.joined(separator: "\n"))
        </rdf:Description>
        </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    private func simple(_ name: String, _ value: String) -> String { "<\(name)>\(XMLText.escaped(value))</\(name)>" }

    private func alternative(_ name: String, _ value: String) -> String {
        "<\(name)><rdf:Alt><rdf:li xml:lang=\"x-default\">\(XMLText.escaped(value))</rdf:li></rdf:Alt></\(name)>"
    }
}
