package org.conflictkg.eval;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.vocab.CKG;

/**
 * What the evaluator scores separately: entities by kind, then facts by kind. The label is the
 * name used in score tables and in {@code data/gold/ratchet.properties}.
 */
public enum Category {
    STATE("State", CKG.State),
    PERSON("Person", CKG.Person),
    GOVERNMENT_BODY("GovernmentBody", CKG.GovernmentBody),
    ARMED_FORCES("ArmedForces", CKG.ArmedForces),
    NEWS_AGENCY("NewsAgency", CKG.NewsAgency),
    /** Any other organisation: alliances, international organisations, parties, armed groups. */
    ORGANIZATION("Organization", CKG.Organization),
    PLACE("Place", CKG.Place),
    TREATY("Treaty", CKG.Treaty),
    MEMBERSHIP("memberships", null),
    FOUNDING("foundings", null),
    OFFICE("offices", null),
    ALLIANCE("alliances", null),
    INCIDENT("incidents", CKG.Incident),
    CLAIM("claims", CKG.Claim),
    APPEAL("appeals", CKG.AssistanceRequest),
    CALL_MEETING("calls", null),
    AGREEMENT("agreements", CKG.Agreement),
    DISPUTE("disputes", CKG.Dispute);

    private final String label;
    private final Resource rootClass;

    Category(String label, Resource rootClass) {
        this.label = label;
        this.rootClass = rootClass;
    }

    /** @return the name in tables and in the ratchet file */
    public String label() {
        return label;
    }

    /** @return true for the entity categories (matched by IRI), false for fact categories */
    public boolean isEntity() {
        return ordinal() <= TREATY.ordinal();
    }

    /**
     * The entity categories, most specific first: a node typed both {@code ckg:NewsAgency} and
     * {@code ckg:Organization} counts as a news agency, not twice.
     */
    static List<Category> entityCategories() {
        return List.of(STATE, PERSON, NEWS_AGENCY, ARMED_FORCES, GOVERNMENT_BODY, TREATY, PLACE, ORGANIZATION);
    }

    /** @return the class whose instances (with subclasses) fall in this category, or null for triple facts */
    Resource rootClass() {
        return rootClass;
    }

    /** @return the category with this label */
    public static Category ofLabel(String label) {
        for (Category c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no category named " + label);
    }
}
