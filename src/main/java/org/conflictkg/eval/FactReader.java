package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocab.CKG;

/**
 * Reads the countable items of one graph. The gold and the extracted graph have the same shapes
 * (docs/model.md), so one reader serves both sides; only the entity list differs: a gold file
 * types every entity it expects, an extracted graph lists them with {@code ckg:mentions}.
 *
 * <p>Actors in event roles are compared at the level of their state (see data/gold/README.md):
 * {@link #stateKey} lifts a body through {@code ckg:partOf} and a person through
 * {@code ckg:affiliatedWith}.
 */
final class FactReader {
    private static final String STATE_PREFIX = CKG.ID + "state/";
    private static final String BODY_PREFIX = CKG.ID + "body/";

    private final Model graph;
    private final Model view;
    private final TypeHierarchy hierarchy;
    private final FactReader gold;

    /**
     * @param graph the gold graph; its items are counted
     * @param background reference data and ontology; they give types and states, never items
     */
    FactReader(Model graph, Model background, TypeHierarchy hierarchy) {
        this(graph, background, hierarchy, null);
    }

    /**
     * @param graph the extracted graph; its items are counted
     * @param background reference data and ontology; they give types and states, never items
     * @param gold the reader of the gold graph, whose actors keep the state the gold gives them
     */
    FactReader(Model graph, Model background, TypeHierarchy hierarchy, FactReader gold) {
        this.graph = graph;
        this.view = ModelFactory.createUnion(graph, background);
        this.hierarchy = hierarchy;
        this.gold = gold;
    }

    /** @return every item of the graph, entities first */
    List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(entities());
        facts.addAll(tripleFacts());
        for (Resource node : graph.listSubjectsWithProperty(RDF.type).toList()) {
            eventCategory(node).ifPresent(c -> facts.add(event(c, node)));
        }
        return facts;
    }

    private List<Fact> entities() {
        Set<Resource> candidates = new LinkedHashSet<>();
        for (Statement s : graph.listStatements(null, CKG.mentions, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource()) {
                candidates.add(s.getResource());
            }
        }
        candidates.addAll(graph.listSubjectsWithProperty(RDF.type).filterKeep(Resource::isURIResource).toList());
        List<Fact> facts = new ArrayList<>();
        for (Resource r : candidates) {
            entityCategory(r).ifPresent(c -> facts.add(new Fact(c, Set.of(), Map.of("iri", Set.of(r.getURI())))));
        }
        return facts;
    }

    private Optional<Category> entityCategory(Resource r) {
        Set<String> types = types(r);
        for (Category c : Category.entityCategories()) {
            if (types.stream().anyMatch(t -> hierarchy.isA(t, c.rootClass().getURI()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /* Plain facts are triples; a symmetric or repeated statement is one item. */
    private List<Fact> tripleFacts() {
        List<Fact> facts = new ArrayList<>();
        for (Statement s : list(CKG.memberOf)) {
            addDistinct(facts, new Fact(Category.MEMBERSHIP, Set.of(),
                    Map.of("member", Set.of(iri(s.getSubject())), "org", Set.of(iri(s.getObject())))));
        }
        for (Statement s : list(CKG.foundedIn)) {
            addDistinct(facts, new Fact(Category.FOUNDING, Set.of(),
                    Map.of("org", Set.of(iri(s.getSubject())), "year", Set.of(s.getObject().isLiteral()
                            ? s.getLiteral().getLexicalForm() : iri(s.getObject())))));
        }
        for (Statement s : list(CKG.affiliatedWith)) {
            addDistinct(facts, new Fact(Category.OFFICE, Set.of(),
                    Map.of("person", Set.of(iri(s.getSubject())), "of", Set.of(stateKey(s.getObject()))),
                    Map.of("person", Set.of(iri(s.getSubject())), "of", Set.of(iri(s.getObject())))));
        }
        for (Statement s : list(CKG.alliedWith)) {
            addDistinct(facts, new Fact(Category.ALLIANCE, Set.of(),
                    Map.of("pair", Set.of(stateKey(s.getSubject()), stateKey(s.getObject()))),
                    Map.of("pair", Set.of(iri(s.getSubject()), iri(s.getObject())))));
        }
        return facts;
    }

    private static void addDistinct(List<Fact> facts, Fact fact) {
        if (facts.stream().noneMatch(fact::sameAs)) {
            facts.add(fact);
        }
    }

    private List<Statement> list(Property p) {
        return graph.listStatements(null, p, (RDFNode) null).toList();
    }

    private Optional<Category> eventCategory(Resource node) {
        Set<String> types = types(node);
        if (types.stream().anyMatch(t -> hierarchy.isA(t, CKG.PhoneCall.getURI()) || hierarchy.isA(t, CKG.Meeting.getURI()))) {
            return Optional.of(Category.CALL_MEETING);
        }
        for (Category c : List.of(Category.INCIDENT, Category.CLAIM, Category.APPEAL, Category.AGREEMENT, Category.DISPUTE)) {
            if (types.stream().anyMatch(t -> hierarchy.isA(t, c.rootClass().getURI()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Fact event(Category c, Resource node) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Map<String, Set<String>> shown = new LinkedHashMap<>();
        switch (c) {
            case INCIDENT -> {
                actors(node, CKG.attacker, roles);
                actors(node, CKG.target, roles);
                actors(node, CKG.participant, roles);
                iris(node, CKG.place, roles);
                iris(node, CKG.weapon, roles);
            }
            case CLAIM -> {
                actors(node, CKG.claimant, roles);
                actors(node, CKG.accuses, roles);
                iris(node, CKG.reportedVia, roles);
            }
            case APPEAL -> {
                actors(node, CKG.requester, roles);
                actors(node, CKG.addressee, roles);
                iris(node, CKG.invokes, roles);
                iris(node, CKG.decidedBy, roles);
            }
            case DISPUTE -> {
                actors(node, CKG.participant, roles);
                iris(node, CKG.disputedTerritory, roles);
            }
            default -> actors(node, CKG.participant, roles);
        }
        // Only the event classes are compared; Claim has none below it.
        Set<String> types = new HashSet<>();
        for (String t : types(node)) {
            if (hierarchy.isA(t, CKG.Event.getURI())) {
                types.add(t);
            }
        }
        for (String role : roles.keySet()) {
            Set<String> raw = new HashSet<>();
            graph.listObjectsOfProperty(node, graph.createProperty(CKG.NS + role)).forEachRemaining(o -> raw.add(iri(o)));
            shown.put(role, raw);
        }
        return new Fact(c, types, roles, shown);
    }

    /* A role the graph leaves empty is left out, so that a gold fact does not constrain it. */
    private void actors(Resource node, Property p, Map<String, Set<String>> roles) {
        Set<String> keys = new HashSet<>();
        graph.listObjectsOfProperty(node, p).forEachRemaining(o -> keys.add(stateKey(o)));
        if (!keys.isEmpty()) {
            roles.put(p.getLocalName(), keys);
        }
    }

    private void iris(Resource node, Property p, Map<String, Set<String>> roles) {
        Set<String> keys = new HashSet<>();
        graph.listObjectsOfProperty(node, p).forEachRemaining(o -> keys.add(iri(o)));
        if (!keys.isEmpty()) {
            roles.put(p.getLocalName(), keys);
        }
    }

    /**
     * The state an actor belongs to, or the actor itself when it belongs to none (an alliance,
     * an armed group): a state is its own key; a body goes up {@code ckg:partOf}, a person up
     * {@code ckg:affiliatedWith}; a body IRI {@code id:body/{ISO}/...} names its state anyway.
     *
     * <p>An actor that the gold names with the same IRI is the same actor, so it takes the gold's
     * state: an extraction that names the right person as a claimant but misses that person's
     * office (« Barack Obama » with no « président américain » nearby) has found the claimant;
     * the missed office is counted once, in the offices, not again in every event it takes part in.
     */
    String stateKey(RDFNode node) {
        if (!node.isURIResource()) {
            return iri(node);
        }
        if (gold != null && gold.names(node.asResource())) {
            return gold.stateKey(node);
        }
        Set<String> seen = new HashSet<>();
        Resource r = node.asResource();
        while (r != null && seen.add(r.getURI())) {
            if (isState(r)) {
                return r.getURI();
            }
            r = up(r);
        }
        String uri = node.asResource().getURI();
        if (uri.startsWith(BODY_PREFIX)) {
            String rest = uri.substring(BODY_PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash == 3) {
                return STATE_PREFIX + rest.substring(0, 3);
            }
        }
        return uri;
    }

    /** Whether the graph says anything of or with this resource. */
    private boolean names(Resource r) {
        return graph.contains(r, null, (RDFNode) null) || graph.contains(null, null, r);
    }

    private boolean isState(Resource r) {
        return r.getURI().startsWith(STATE_PREFIX) || view.contains(r, RDF.type, CKG.State);
    }

    private Resource up(Resource r) {
        // (what the graph itself says first: a gold that gives a person's state at the time of its report is not
        // overruled by the reference data's office of today, « Mahmoud Ali Youssouf » of Djibouti in 2008, of the
        // African Union since 2025)
        for (Model m : List.of(graph, view)) {
            for (Property p : List.of(CKG.partOf, CKG.affiliatedWith)) {
                for (RDFNode o : m.listObjectsOfProperty(r, p).toList()) {
                    if (o.isURIResource()) {
                        return o.asResource();
                    }
                }
            }
        }
        return null;
    }

    private Set<String> types(Resource r) {
        Set<String> types = new HashSet<>();
        view.listObjectsOfProperty(r, RDF.type).forEachRemaining(t -> {
            if (t.isURIResource()) {
                types.add(t.asResource().getURI());
            }
        });
        return types;
    }

    private static String iri(RDFNode node) {
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : "_:" + node.asResource().getId();
    }
}
