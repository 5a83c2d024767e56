package org.crosscheck.ingest.scratch;

import java.lang.reflect.Method;
import java.nio.file.*;
import java.util.*;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.ingest.analyze.AnalyzeCommand;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("scratch.dir") != null);
        Path dir = Path.of(System.getProperty("scratch.dir"));
        String[] pats = System.getProperty("scratch.pat").split(";;");
        Method read = AnalyzeCommand.class.getDeclaredMethod("read", Path.class, Map.class);
        read.setAccessible(true);
        List<ArticleInput> arts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).toList()) {
                arts.add((ArticleInput) read.invoke(null, f, new HashMap<>()));
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (ArticleInput a : arts) texts.put(a.file(), a.text());
        List<Statement> st = new Analyzer().read(arts).statements();
        List<Statement> hit = new ArrayList<>();
        for (Statement s : st) {
            String t = texts.get(s.document()).substring(s.span().start(), s.span().end());
            for (String p : pats) if (t.contains(p)) { hit.add(s); System.out.println("## " + t + "\n   " + s); }
        }
        var idx = new org.crosscheck.core.reconcile.PropositionIndex(new SamenessPolicy());
        st.forEach(idx::addQuietly);
        java.util.Set<String> hitIds = new java.util.HashSet<>();
        hit.forEach(h -> hitIds.add(h.id()));
        for (var l : idx.links()) {
            if ((hitIds.contains(l.a()) || hitIds.contains(l.b())) && (System.getProperty("same") != null || l.verdict() != SamenessPolicy.Verdict.SAME)) {
                var sa = idx.statement(l.a()); var sb = idx.statement(l.b());
                System.out.println("LINK " + l.verdict() + " [" + idx.groupOf(l.a()) + "] " + texts.get(sa.document()).substring(sa.span().start(), sa.span().end()).replace("\n", " ").substring(0, Math.min(70, sa.span().length()))
                    + "  <->  [" + idx.groupOf(l.b()) + "] " + texts.get(sb.document()).substring(sb.span().start(), sb.span().end()).replace("\n", " ").substring(0, Math.min(70, sb.span().length())));
            }
        }
        SamenessPolicy pol = new SamenessPolicy();
        for (int i = 0; i < hit.size(); i++) for (int j = i + 1; j < hit.size(); j++)
            System.out.println(i + "~" + j + " " + pol.compare(hit.get(i), hit.get(j)));
    }
}
