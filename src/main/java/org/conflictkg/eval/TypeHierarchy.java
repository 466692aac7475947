package org.conflictkg.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.vocab.CKG;

/**
 * The class tree the evaluator needs: the subclass axioms of the public vocabulary (which the
 * evaluator must know even before an ontology file exists) plus every {@code rdfs:subClassOf}
 * of the background model (the ontology, so that classes added later are understood).
 */
final class TypeHierarchy {
    private final Map<String, Set<String>> parents = new HashMap<>();

    TypeHierarchy(Model background) {
        // The subclass structure that vocabulary.md fixes as a contract.
        sub(CKG.State, CKG.Actor);
        sub(CKG.Person, CKG.Actor);
        sub(CKG.Organization, CKG.Actor);
        for (Resource r : new Resource[] {CKG.Alliance, CKG.InternationalOrganization, CKG.GovernmentBody,
                CKG.ArmedForces, CKG.NewsAgency}) {
            sub(r, CKG.Organization);
        }
        sub(CKG.Region, CKG.Place);
        sub(CKG.Settlement, CKG.Place);
        sub(CKG.AdministrativeRegion, CKG.Region);
        for (Resource r : new Resource[] {CKG.Incident, CKG.AssistanceRequest, CKG.PhoneCall, CKG.Meeting,
                CKG.Agreement, CKG.Dispute}) {
            sub(r, CKG.Event);
        }
        for (Resource r : new Resource[] {CKG.Shelling, CKG.ArmedClash, CKG.DroneStrike, CKG.Offensive,
                CKG.Deployment, CKG.Unrest}) {
            sub(r, CKG.Incident);
        }
        sub(CKG.Ceasefire, CKG.Agreement);
        for (Statement s : background.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                parents.computeIfAbsent(s.getSubject().getURI(), k -> new HashSet<>()).add(s.getResource().getURI());
            }
        }
    }

    private void sub(Resource child, Resource parent) {
        parents.computeIfAbsent(child.getURI(), k -> new HashSet<>()).add(parent.getURI());
    }

    /** @return true when {@code type} is {@code ancestor} or one of its subclasses */
    boolean isA(String type, String ancestor) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.equals(ancestor)) {
                return true;
            }
            if (seen.add(t)) {
                todo.addAll(parents.getOrDefault(t, Set.of()));
            }
        }
        return false;
    }
}
