package org.crosscheck.ingest.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The tally of an ingest run: what was new, already there, a syndicated copy, or rejected and why. */
public final class BatchSummary {

    public record Rejection(Path file, String reason) {
    }

    private int newDocuments;
    private int duplicates;
    private int syndicated;
    private final List<Rejection> rejections = new ArrayList<>();

    synchronized void stored(boolean created, boolean syndicatedCopy) {
        if (!created) {
            duplicates++;
        } else {
            newDocuments++;
            if (syndicatedCopy) {
                syndicated++;
            }
        }
    }

    synchronized void rejected(Path file, String reason) {
        rejections.add(new Rejection(file, reason));
    }

    public synchronized int processed() {
        return newDocuments + duplicates + rejections.size();
    }

    public synchronized int newDocuments() {
        return newDocuments;
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    public synchronized int syndicated() {
        return syndicated;
    }

    public synchronized List<Rejection> rejections() {
        return Collections.unmodifiableList(new ArrayList<>(rejections));
    }

    @Override
    public synchronized String toString() {
        return "new " + newDocuments + " (syndicated copies " + syndicated + "), duplicate " + duplicates + ", rejected " + rejections.size();
    }
}
