package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.conflictkg.report.Report;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * Writes what was extracted from one report as the triples of its named graph, shaped as
 * docs/model.md says. Offsets and quotes use the W3C Web Annotation vocabulary
 * ({@code oa:start}, {@code oa:end}, {@code oa:exact}).
 */
final class ExtractionWriter {
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String PROV = "http://www.w3.org/ns/prov#";

    private final Model m = ModelFactory.createDefaultModel();
    private final Report report;
    private final Resource reportRes;
    private final Property start = m.createProperty(OA, "start");
    private final Property end = m.createProperty(OA, "end");
    private final Property exact = m.createProperty(OA, "exact");
    private final Property derivedFrom = m.createProperty(PROV, "wasDerivedFrom");
    private final Map<Sentence, Resource> sentences = new HashMap<>();

    ExtractionWriter(Report report) {
        this.report = report;
        this.reportRes = m.createResource(Iris.report(report.sha256()));
        m.setNsPrefix("ckg", CKG.NS);
        m.setNsPrefix("id", CKG.ID);
        m.setNsPrefix("oa", OA);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("xsd", XSD.getURI());
        m.setNsPrefix("owl", OWL.getURI());
    }

    Model write(Extraction x, EntityRegistry registry, Collection<Mention> mentions, Optional<LocalDate> published) {
        reportRes.addProperty(RDF.type, CKG.Report)
                .addProperty(CKG.text, report.text())
                .addProperty(CKG.sha256, report.sha256())
                .addProperty(DCTerms.source, report.source())
                .addProperty(DCTerms.language, "fr")
                // the encoding the text was decoded from, so that a detected one can be checked
                .addProperty(DCTerms.format, "text/plain; charset=" + report.encoding().replaceFirst(" .*", ""));
        if (!report.titleText().isEmpty()) {
            reportRes.addProperty(DCTerms.title, m.createLiteral(report.titleText(), "fr"));
        }
        published.ifPresent(d -> reportRes.addProperty(DCTerms.issued, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        report.sentences().forEach(this::sentence);
        for (Mention mention : mentions) {
            Resource r = m.createResource(reportRes.getURI() + "/mention/" + mention.span().start() + "-" + mention.span().end())
                    .addProperty(RDF.type, CKG.Mention).addProperty(CKG.inReport, reportRes);
            span(r, mention.span().start(), mention.span().end());
            mention.entities().forEach(e -> r.addProperty(CKG.denotes, e));
        }
        registry.mentioned().forEach(e -> reportRes.addProperty(CKG.mentions, e));
        registry.publishers().forEach(e -> reportRes.addProperty(DCTerms.publisher, e));
        registry.created().forEach(this::entity);
        int n = 0;
        Map<Extraction.Event, Resource> events = new HashMap<>();
        for (Extraction.Event e : x.events) {
            events.put(e, event(e, ++n));
        }
        n = 0;
        Map<Extraction.Claim, Resource> claims = new HashMap<>();
        for (Extraction.Claim c : x.claims) {
            claims.put(c, m.createResource(reportRes.getURI() + "/claim/" + (++n)));
        }
        for (Extraction.Claim c : x.claims) {
            claim(c, claims, events);
        }
        n = 0;
        for (Extraction.Fact f : x.facts) {
            m.add(f.subject(), f.predicate(), f.object());
            m.createResource(reportRes.getURI() + "/fact/" + (++n)).addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, f.subject()).addProperty(RDF.predicate, f.predicate())
                    .addProperty(RDF.object, f.object()).addProperty(CKG.evidence, sentences.get(f.evidence()))
                    .addProperty(derivedFrom, reportRes);
        }
        return m;
    }

    private void sentence(Sentence s) {
        Resource r = m.createResource(reportRes.getURI() + "/sentence/" + s.number())
                .addProperty(RDF.type, CKG.Sentence).addProperty(CKG.inReport, reportRes);
        span(r, s.span().start(), s.span().end());
        sentences.put(s, r);
    }

    private void span(Resource r, int s, int e) {
        r.addLiteral(start, m.createTypedLiteral(s)).addLiteral(end, m.createTypedLiteral(e))
                .addProperty(exact, report.text().substring(s, e));
    }

    private void entity(EntityRegistry.NewEntity e) {
        Resource r = e.iri.inModel(m);
        if (e.description != null) {
            r.addProperty(RDFS.comment, m.createLiteral(e.description, "fr"));
        }
        if (e.type == null) {
            // A reference entity the report describes: its type and names stay in the reference graph.
            return;
        }
        r.addProperty(RDF.type, e.type).addProperty(RDFS.label, m.createLiteral(e.label, "fr"))
                .addProperty(derivedFrom, reportRes);
        if (e.partOf != null) {
            r.addProperty(CKG.partOf, e.partOf);
        }
        if (e.basedIn != null) {
            r.addProperty(CKG.basedIn, e.basedIn);
        }
        if (e.office != null) {
            r.addProperty(CKG.holdsOffice, e.office);
        }
    }

    private Resource event(Extraction.Event e, int n) {
        Resource r = m.createResource(reportRes.getURI() + "/event/" + n);
        e.types.forEach(t -> r.addProperty(RDF.type, t));
        if (e.trigger != null) {
            r.addProperty(CKG.trigger, m.createLiteral(e.trigger, "fr"));
        }
        e.attackers.forEach(a -> r.addProperty(CKG.attacker, a));
        e.targets.forEach(a -> r.addProperty(CKG.target, a));
        e.places.forEach(a -> r.addProperty(CKG.place, a));
        e.weapons.forEach(a -> r.addProperty(CKG.weapon, a));
        e.outcomes.forEach(a -> r.addProperty(CKG.outcome, a));
        e.participants.forEach(a -> r.addProperty(CKG.participant, a));
        e.addressees.forEach(a -> r.addProperty(CKG.addressee, a));
        e.treaties.forEach(a -> r.addProperty(CKG.invokes, a));
        if (e.requester != null) {
            r.addProperty(CKG.requester, e.requester);
            e.coRequesters.forEach(a -> r.addProperty(CKG.requester, a));
        }
        if (e.decidedBy != null) {
            r.addProperty(CKG.decidedBy, e.decidedBy);
        }
        if (e.disputedTerritory != null) {
            r.addProperty(CKG.disputedTerritory, e.disputedTerritory);
        }
        e.fromContext.forEach(role -> r.addProperty(CKG.roleFromContext, role));
        if (e.topic != null) {
            r.addProperty(CKG.topic, m.createLiteral(e.topic, "fr"));
        }
        e.placeTexts.forEach(t -> r.addProperty(CKG.placeText, m.createLiteral(t, "fr")));
        if (e.dateText != null) {
            r.addProperty(CKG.dateText, m.createLiteral(e.dateText, "fr"));
        }
        if (e.date != null) {
            r.addProperty(CKG.date, m.createTypedLiteral(e.date, XSDDatatype.XSDdate));
        }
        e.evidence.forEach(s -> r.addProperty(CKG.evidence, sentences.get(s)));
        r.addProperty(derivedFrom, reportRes);
        return r;
    }

    private void claim(Extraction.Claim c, Map<Extraction.Claim, Resource> claims, Map<Extraction.Event, Resource> events) {
        Resource r = claims.get(c).addProperty(RDF.type, CKG.Claim);
        if (c.claimant != null) {
            r.addProperty(CKG.claimant, c.claimant);
        }
        c.quotes.stream().filter(q -> !q.isEmpty()).forEach(q -> r.addProperty(CKG.quote, m.createLiteral(q, "fr")));
        c.accused.forEach(a -> r.addProperty(CKG.accuses, a));
        if (c.accusedFromContext && !c.accused.isEmpty()) {
            r.addLiteral(CKG.accusedFromContext, true);
        }
        c.about.forEach(e -> r.addProperty(CKG.about, events.get(e)));
        c.agencies.forEach(a -> r.addProperty(CKG.reportedVia, a));
        if (c.counterClaim != null) {
            r.addProperty(CKG.counterClaim, claims.get(c.counterClaim));
        }
        c.evidence.forEach(s -> r.addProperty(CKG.evidence, sentences.get(s)));
        r.addProperty(derivedFrom, reportRes);
    }
}
