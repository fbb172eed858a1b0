package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A write is refused when a browser says that a page of another site sends it. */
class SameSiteWritesTest {
    @Test
    void requests_without_browser_headers_are_not_cross_site() {
        assertFalse(SameSiteWrites.crossSite(null, null, "127.0.0.1:3030"));
        assertFalse(SameSiteWrites.crossSite("", null, "127.0.0.1:3030"));
    }

    @Test
    void the_servers_own_pages_are_not_cross_site() {
        assertFalse(SameSiteWrites.crossSite("http://127.0.0.1:3030", "same-origin", "127.0.0.1:3030"));
        assertFalse(SameSiteWrites.crossSite("http://LOCALHOST:3030", null, "localhost:3030"));
        assertFalse(SameSiteWrites.crossSite("http://example.org", null, "example.org"));
        assertFalse(SameSiteWrites.crossSite("http://[::1]:3030", null, "[::1]:3030"));
    }

    @Test
    void pages_of_other_sites_ports_or_sandboxes_are_cross_site() {
        assertTrue(SameSiteWrites.crossSite("https://attacker.example", "cross-site", "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite("https://attacker.example", null, "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite("http://127.0.0.1:8080", null, "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite("http://localhost:3030", null, "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite("null", null, "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite(null, "cross-site", "127.0.0.1:3030"));
        assertTrue(SameSiteWrites.crossSite(null, "same-site", "127.0.0.1:3030"));
    }
}
