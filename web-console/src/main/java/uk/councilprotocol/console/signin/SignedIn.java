package uk.councilprotocol.console.signin;

import java.util.List;

/** Who the council's identity provider signed in, read from its tokens: what a console session is made of. */
record SignedIn(String accessToken, String idToken, String subject, String name, String personId, List<String> roles,
                String council) {
}
