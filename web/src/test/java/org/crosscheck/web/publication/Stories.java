package org.crosscheck.web.publication;

/**
 * Invented stories for the public side's tests, each told by three outlets: two agree on a figure, one gives ten
 * times as many, and the mayor is quoted. The town, the mayor and the outlets are named by the caller, so every
 * test class tells its own story and finds only its own claims.
 */
public final class Stories {

    /** The stored documents of one story, in order of publication, and the outlets that carried them. */
    public record Collapse(String town, String mayor, long courier, long daily, long post, String courierOutlet, String dailyOutlet,
                           String postOutlet) {
    }

    private Stories() {
    }

    public static Collapse collapse(String town, String mayorFirst, String mayorLast, String outletWord) {
        String mayor = mayorFirst + " " + mayorLast;
        String courier = "The " + outletWord + " Courier";
        String daily = outletWord + " Daily";
        String post = outletWord + " Post";
        long first = Newsdesk.article("Footbridge collapses in " + town + "\n\n"
                + "A footbridge over the river collapsed in " + town + " on Monday. At least 30 people were injured in " + town + ", officials said.\n"
                + "Mayor " + mayor + " said the bridge had been inspected in March. \"It was declared safe,\" " + mayorLast + " told reporters.\n",
                courier, "2024-05-07", "https://courier.example/" + town.toLowerCase() + "-bridge");
        long second = Newsdesk.article(town + " footbridge: what we know\n\n"
                + "The footbridge in " + town + " collapsed on Monday evening. 300 people were injured in " + town + ", the city said.\n"
                + "Mayor " + mayor + " ordered an inquiry into the collapse.\n", daily, "2024-05-08", "https://daily.example/" + town.toLowerCase());
        long third = Newsdesk.article("Inquiry ordered after " + town + " collapse\n\n"
                + "Mayor " + mayor + " ordered an inquiry on Tuesday after the footbridge in " + town + " collapsed on Monday.\n"
                + "At least 30 people were injured in " + town + ", the regional health office said.\n", post, "2024-05-09", null);
        return new Collapse(town, mayor, first, second, third, courier, daily, post);
    }
}
