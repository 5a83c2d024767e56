package org.crosscheck.db.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of the rating scale, configurable in the {@code rating} table (V1 seeds the default scale). */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int score;
}
