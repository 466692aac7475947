package org.conflictkg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.ontology.Bundled;
import org.conflictkg.report.Report;
import org.conflictkg.report.ReportReader;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.CKG;
import org.conflictkg.vocab.Iris;

/**
 * Turns a report file into the RDF of its named graph. Built with {@link #create()}:
 * <pre>{@code ReportLoader.create().publishedOn(LocalDate.of(2022, 9, 13)).build().load(path)}</pre>
 * A loader is immutable and thread-safe once built. It reads the ontology and reference data
 * (its lexicon) once, at build time; {@link Builder#knowledge(Model)} replaces the bundled ones.
 */
public final class ReportLoader {
    private final Optional<LocalDate> published;
    private final Lexicon lexicon;
    private final ReportReader reader = new ReportReader();

    private ReportLoader(Builder b) {
        this.published = Optional.ofNullable(b.published);
        Model knowledge = b.knowledge;
        if (knowledge == null) {
            knowledge = Bundled.ontology().add(Bundled.reference());
        }
        this.lexicon = new Lexicon(knowledge);
    }

    /** @return a builder with the defaults: no publication date, the bundled ontology and reference data */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Reads and extracts one report. Stores nothing.
     *
     * @throws org.conflictkg.report.ReportFormatException if the file cannot be read as a report
     */
    public ExtractedReport load(Path file) {
        return extract(reader.read(file));
    }

    /** Reads and extracts a report given as bytes; {@code source} names it. Stores nothing. */
    public ExtractedReport load(String source, byte[] bytes) {
        return extract(reader.read(source, bytes));
    }

    private ExtractedReport extract(Report report) {
        EntityRegistry registry = new EntityRegistry();
        Actors actors = new Actors(lexicon, registry);
        MentionFinder mentionFinder = new MentionFinder(lexicon, report, registry);
        ClaimFinder claimFinder = new ClaimFinder(actors, report.text());
        EventFinder eventFinder = new EventFinder(actors, report.text(), published);
        FactFinder factFinder = new FactFinder(actors);
        Extraction x = new Extraction();
        List<Mention> mentions = new ArrayList<>();
        KnownOffices knownOffices = new KnownOffices(actors, lexicon, registry);
        List<Extraction.Event> previous = List.of();
        Sentence previousSentence = null;
        for (Sentence sentence : report.sentences()) {
            SentenceReading reading = mentionFinder.read(sentence);
            mentions.addAll(reading.mentions());
            knownOffices.read(reading, sentence);
            List<Extraction.Event> found = new ArrayList<>();
            // (« « … », a-t-elle déclaré après s'être entretenue avec X »: whose statement the words after it follow)
            Extraction.Claim said = null;
            for (ClaimFinder.Segment seg : claimFinder.segments(reading)) {
                if (seg.claims().isEmpty()) {
                    Extraction.Claim before = said;
                    for (Extraction.Event e : eventFinder.find(reading, seg.from(), seg.to())) {
                        if (e.speakersOwn && before != null && before.claimant != null) {
                            e.participants.add(before.claimant);
                        }
                        found.add(add(x, e));
                    }
                    said = null;
                    continue;
                }
                said = seg.claims().get(seg.claims().size() - 1);
                for (Extraction.Claim claim : seg.claims()) {
                    x.claims.add(claim);
                    if (seg.from() == seg.to() && previousSentence != null) {
                        // « Cela a été rapporté par X »: the claim is what the sentence before says.
                        claim.quotes.add(report.text(previousSentence.span()));
                        claim.about.addAll(previous);
                        continue;
                    }
                    for (Extraction.Event e : eventFinder.find(reading, seg.from(), seg.to())) {
                        describedBy(actors, claim, e);
                        Extraction.Event kept = add(x, e);
                        claim.about.add(kept);
                        found.add(kept);
                    }
                }
            }
            x.facts.addAll(factFinder.find(reading));
            // « … des tirs transfrontaliers de l'armée indienne. Deux soldats pakistanais y ont été tués »: forces harmed in
            // a sentence that tells no event are the targets of the attack told just before, when it named none
            if (found.stream().noneMatch(e -> isAttack(actors, e))) {
                List<Resource> harmed = eventFinder.harmedForces(reading);
                if (!harmed.isEmpty()) {
                    previous.stream().filter(e -> isAttack(actors, e) && e.targets.isEmpty()
                                    && harmed.stream().noneMatch(h -> e.attackers.stream().anyMatch(a -> actors.stateOrSelf(a).equals(actors.stateOrSelf(h)))))
                            .reduce((a, b) -> b).ifPresent(e -> e.targets.addAll(harmed));
                }
            }
            if (!found.isEmpty()) {
                previous = found;
            }
            previousSentence = sentence;
        }
        Coreference.merge(x, actors, report.sentences().stream().filter(st -> !st.heading())
                .mapToInt(Sentence::paragraph).min().orElse(0));
        Adversaries.blameUnnamed(x, actors);
        EventPlaces.refine(x, actors);
        IncidentKinds.fromMeans(x, actors);
        Adversaries.sidesUnnamed(x, actors);
        EventPlaces.disputedUnnamed(x, mentions, actors);
        // (who the report's words already gave an affiliation, gathered once rather than by a scan of the facts per entity)
        Set<Resource> affiliated = x.facts.stream().filter(f -> f.predicate().equals(CKG.affiliatedWith)).map(Extraction.Fact::subject)
                .collect(java.util.stream.Collectors.toSet());
        for (EntityRegistry.NewEntity e : registry.created()) {
            if (e.affiliatedWith != null) {
                x.facts.add(new Extraction.Fact(e.iri, CKG.affiliatedWith, e.affiliatedWith, e.firstSeen));
            } else if (e.datelineGuess != null && !affiliated.contains(e.iri)) {
                // (only when nothing the report said gave whom they serve)
                x.facts.add(new Extraction.Fact(e.iri, CKG.affiliatedWith, e.datelineGuess, e.firstSeen));
            }
            if (e.locatedIn != null) {
                x.facts.add(new Extraction.Fact(e.iri, CKG.locatedIn, e.locatedIn, e.locatedInEvidence));
            }
        }
        knownOffices.addTo(x);
        Model model = new ExtractionWriter(report).write(x, registry, mentions, published);
        String sha = report.sha256();
        return new ExtractedReport(Iris.reportGraph(sha), Iris.report(sha), report.source(), model,
                registry.mentioned().size(), x.events.size(), x.claims.size());
    }

    /* An incident in which one side strikes another (no deployment, no unrest). */
    private static boolean isAttack(Actors actors, Extraction.Event e) {
        return actors.isA(e, CKG.Incident)
                && e.types.stream().noneMatch(t -> actors.lexicon().isSubClass(t, CKG.Deployment) || actors.lexicon().isSubClass(t, CKG.Unrest));
    }

    /**
     * What a claim says of the event it describes: a mutual accusation makes the accused the
     * attacker; an attacker of another state than the claimant's is accused; an appeal with no
     * named requester is the claimant's own.
     */
    private static void describedBy(Actors actors, Extraction.Claim claim, Extraction.Event e) {
        boolean clash = actors.isA(e, CKG.ArmedClash);
        // (not of a deed the speaker tells as its own: « a affirmé avoir abattu trois drones turcs » was made by the speaker,
        // whom Coreference makes the attacker)
        if (actors.isA(e, CKG.Incident) && e.attackers.isEmpty() && !clash && !claim.ownDeed) {
            e.attackers.addAll(claim.accused);
        }
        Optional<org.apache.jena.rdf.model.Resource> own = actors.stateOf(claim.claimant);
        for (org.apache.jena.rdf.model.Resource a : e.attackers) {
            org.apache.jena.rdf.model.Resource state = actors.stateOrSelf(a);
            if (own.isEmpty() || !own.get().equals(state)) {
                claim.accused.add(state);
            }
        }
        if (e.speakersOwn && claim.claimant != null) {
            e.participants.add(claim.claimant);
        }
        if (e.types.contains(CKG.AssistanceRequest) && e.requester == null && claim.claimant != null) {
            e.requester = actors.stateOrSelf(claim.claimant);
            // (no one asks oneself: « a appelé la France, l'Allemagne et les autres partenaires européens du Royaume-Uni »,
            // said by the British minister)
            e.addressees.remove(e.requester);
        }
        // « accusait Djibouti d'avoir lancé des attaques contre ses unités », « des migrants attaquent nos soldats »: the
        // speaker's own forces, named by a possessive, are the target
        boolean incident = e.types.stream().anyMatch(t -> actors.lexicon().isSubClass(t, CKG.Incident)
                && !actors.lexicon().isSubClass(t, CKG.Deployment) && !actors.lexicon().isSubClass(t, CKG.ArmedClash));
        if (incident && e.targets.isEmpty() && claim.claimant != null && own.isPresent()
                && claim.quotes.stream().anyMatch(q -> OWN_FORCES.matcher(FrenchText.normalize(q)).find())) {
            e.targets.add(own.get());
            e.attackers.remove(own.get());
        }
    }

    private static final java.util.regex.Pattern OWN_FORCES = java.util.regex.Pattern.compile(
            "\\b(contre|sur|visant|vise|visent|attaquent|attaque|attaquant|ciblant|frappant|bombardant|pilonnant) (ses|nos|leurs|notre|son|sa|leur) "
                    + "(unites|forces|positions|soldats|troupes|militaires|postes|villages|gardes-frontieres|policiers|marins|navires)\\b");

    /** Adds an event; appeals by the same requester within a report are one appeal told several times. */
    private static Extraction.Event add(Extraction x, Extraction.Event e) {
        if (e.types.contains(CKG.AssistanceRequest) && e.requester == null && e.addressees.isEmpty()) {
            // « une demande d'aide annoncée par … » names neither side: the quotation that follows does.
            return e;
        }
        if (e.types.contains(CKG.AssistanceRequest) && e.requester != null) {
            for (Extraction.Event other : x.events) {
                if (other.types.contains(CKG.AssistanceRequest) && e.requester.equals(other.requester)
                        && (e.addressees.isEmpty() || other.addressees.isEmpty() || e.addressees.stream().anyMatch(other.addressees::contains))) {
                    other.addressees.addAll(e.addressees);
                    other.coRequesters.addAll(e.coRequesters);
                    other.treaties.addAll(e.treaties);
                    other.evidence.addAll(e.evidence);
                    if (other.decidedBy == null) {
                        other.decidedBy = e.decidedBy;
                    }
                    return other;
                }
            }
        }
        x.events.add(e);
        return e;
    }

    /** Builder for {@link ReportLoader}. */
    public static final class Builder {
        private LocalDate published;
        private Model knowledge;

        private Builder() {
        }

        /** The publication date, used to resolve relative dates (« mercredi »); none by default. */
        public Builder publishedOn(LocalDate date) {
            this.published = date;
            return this;
        }

        /** The ontology and reference data to read names and lexicon from; the bundled ones by default. */
        public Builder knowledge(Model ontologyAndReference) {
            this.knowledge = ontologyAndReference;
            return this;
        }

        public ReportLoader build() {
            return new ReportLoader(this);
        }
    }
}
