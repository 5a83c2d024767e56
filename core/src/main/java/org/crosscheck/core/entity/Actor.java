package org.crosscheck.core.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One actor as the articles show it, collected while reading: every surface form, and what tells it apart from
 * look-alikes (its country, the role it holds, the kind of institution and any qualifier such as "eastern-based").
 * Actors seen in several articles are merged into one; {@link #canonical()} follows the merges.
 */
public final class Actor {

    private final EntityKind kind;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private Country country;
    private String rank;
    private final String institution;
    private final String qualifier;
    private Actor mergedInto;
    private Character gender;

    public Actor(EntityKind kind, String name, Country country, String institution, String qualifier) {
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.institution = institution;
        this.qualifier = qualifier;
        aliases.add(name);
    }

    public Actor canonical() {
        Actor a = this;
        while (a.mergedInto != null) {
            a = a.mergedInto;
        }
        return a;
    }

    /** Fold {@code other} into this actor: its aliases join ours and it points here from now on. */
    void absorb(Actor other) {
        Actor target = canonical();
        Actor source = other.canonical();
        if (target == source) {
            return;
        }
        target.aliases.addAll(source.aliases);
        if (target.country == null) {
            target.country = source.country;
        }
        if (target.rank == null) {
            target.rank = source.rank;
        }
        if (target.gender == null) {
            target.gender = source.gender;
        }
        if (source.name.length() > target.name.length() && target.kind == EntityKind.PERSON) {
            target.name = source.name;
        }
        source.mergedInto = target;
    }

    /** {@code other} was a misreading of this actor's name: it points here, and its name is not kept as one of ours. */
    void absorbMisreading(Actor other) {
        Actor source = other.canonical();
        if (source != canonical()) {
            source.mergedInto = canonical();
        }
    }

    public void addAlias(String alias) {
        String a = alias.strip();
        if (!a.isEmpty()) {
            canonical().aliases.add(a);
        }
    }

    void holdsRank(String newRank, Country of) {
        Actor a = canonical();
        if (a.rank == null && newRank != null) {
            a.rank = newRank;
        }
        if (a.country == null && of != null) {
            a.country = of;
        }
    }

    /** Records 'F' or 'M' when the text shows it ("Ms", "spokeswoman", "her" right after the name); first sign wins. */
    public void shows(char sign) {
        Actor a = canonical();
        if (a.gender == null) {
            a.gender = sign;
        }
    }

    /** Whether "he" ('M') or "she" ('F') may refer to this actor: yes unless the text showed otherwise. */
    public boolean fits(char pronounGender) {
        Character g = canonical().gender;
        return g == null || g == pronounGender;
    }

    public EntityKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public Country country() {
        return country;
    }

    public String rank() {
        return rank;
    }

    public String institution() {
        return institution;
    }

    public String qualifier() {
        return qualifier;
    }
}
