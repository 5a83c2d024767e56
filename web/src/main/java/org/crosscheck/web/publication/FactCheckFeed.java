package org.crosscheck.web.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crosscheck.db.publication.PublishedVerdicts;
import org.crosscheck.db.publication.PublishedVerdicts.Listed;
import org.crosscheck.web.api.claims.PublicRead;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The newest fact-checks as an Atom feed (RFC 4287), written by an XML writer so that no headline can break it. */
@Path("/feeds")
public class FactCheckFeed {

    static final String ATOM = "application/atom+xml";
    static final String NS = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 50;

    private final PublishedVerdicts verdicts;
    private final PublicAddress address;
    private final PublicRead read;
    private final String newsroom;

    FactCheckFeed(PublishedVerdicts verdicts, PublicAddress address, PublicRead read, @ConfigProperty(name = "crosscheck.newsroom.name") String newsroom) {
        this.verdicts = verdicts;
        this.address = address;
        this.read = read;
        this.newsroom = newsroom;
    }

    @GET
    @Path("/fact-checks.atom")
    @Produces(ATOM)
    @Operation(summary = "The newest published fact-checks as an Atom feed")
    public Response feed(@Context UriInfo uri, @Context Request request) {
        String base = address.base(uri);
        List<Listed> entries = verdicts.list(ENTRIES, null, null);
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", base + "/fact-checks");
            element(xml, "title", newsroom + " fact-checks");
            element(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()).toString());
            link(xml, "self", base + "/feeds/fact-checks.atom", ATOM);
            link(xml, "alternate", base + "/fact-checks", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", newsroom);
            xml.writeEndElement();
            for (Listed entry : entries) {
                xml.writeStartElement("entry");
                String url = base + "/fact-checks/" + entry.slug();
                element(xml, "id", url);
                element(xml, "title", entry.headline());
                link(xml, "alternate", url, "text/html");
                element(xml, "published", (entry.firstPublished() == null ? entry.updated() : entry.firstPublished()).toString());
                element(xml, "updated", entry.updated().toString());
                xml.writeStartElement("category");
                xml.writeAttribute("term", entry.rating());
                xml.writeAttribute("label", entry.ratingLabel());
                xml.writeEndElement();
                element(xml, "summary", ("retracted".equals(entry.status()) ? "Retracted. " : "") + entry.ratingLabel() + ": " + entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return read.text(request, text.toString(), ATOM);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed failed to write", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
