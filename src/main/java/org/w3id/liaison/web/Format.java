package org.w3id.liaison.web;

import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The RDF formats a description is offered in: by media type (content negotiation) and by file extension. */
public enum Format {
    TURTLE("ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PRETTY);

    private final String extension;
    private final String mediaType;
    private final String title;
    private final RDFFormat rdf;

    Format(String extension, String mediaType, String title, RDFFormat rdf) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.title = title;
        this.rdf = rdf;
    }

    public String extension() { return extension; }
    public String mediaType() { return mediaType; }
    public String title() { return title; }
    public RDFFormat rdf() { return rdf; }

    public static Optional<Format> byExtension(String extension) {
        for (Format f : values())
            if (f.extension.equals(extension))
                return Optional.of(f);
        return Optional.empty();
    }

    public static Optional<Format> byMediaType(String mediaType) {
        for (Format f : values())
            if (f.mediaType.equalsIgnoreCase(mediaType))
                return Optional.of(f);
        return Optional.empty();
    }
}
