package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** R24's statistics count people, not the obvious robots. */
class UserAgentsTest {

    @Test
    void browsersAreCounted() {
        assertFalse(UserAgents.isRobot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36"));
        assertFalse(UserAgents.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        assertFalse(UserAgents.isRobot("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"));
    }

    @Test
    void obviousRobotsAndMissingAgentsAreNot() {
        assertTrue(UserAgents.isRobot(null));
        assertTrue(UserAgents.isRobot("  "));
        assertTrue(UserAgents.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertTrue(UserAgents.isRobot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"));
        assertTrue(UserAgents.isRobot("Mozilla/5.0 (compatible; Yahoo! Slurp)"));
        assertTrue(UserAgents.isRobot("curl/8.5.0"));
        assertTrue(UserAgents.isRobot("Wget/1.21.4"));
        assertTrue(UserAgents.isRobot("python-requests/2.32.3"));
        assertTrue(UserAgents.isRobot("Java-http-client/17.0.12"));
        assertTrue(UserAgents.isRobot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0"));
        assertTrue(UserAgents.isRobot("facebookexternalhit/1.1"));
    }
}
