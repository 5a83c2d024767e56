package org.crosscheck.core.attribution;

import org.junit.jupiter.api.Test;

class SaidScratchTest {
    @Test
    void dump() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("said") != null);
        var t = new UtterancesTest();
        var m = UtterancesTest.class.getDeclaredMethod("said", String.class);
        m.setAccessible(true);
        for (String s : System.getProperty("said").split(";;")) {
            System.out.println("## " + s + "\n   " + m.invoke(t, s));
        }
    }
}
