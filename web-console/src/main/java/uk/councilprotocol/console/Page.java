package uk.councilprotocol.console;

import uk.councilprotocol.console.signin.Session;

import java.util.HashMap;
import java.util.Map;

/** The model every page gets: who is signed in (for the header and navigation) and the page's title. */
public final class Page {
    private Page() {
    }

    public static Map<String, Object> model(Session session, String title, String section, Object... keysAndValues) {
        Map<String, Object> model = new HashMap<>();
        model.put("session", session);
        model.put("title", title);
        model.put("section", section);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
