package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The owner's login is taken from loopback addresses only: who logs in, and from where. */
class OwnerFromLoopbackTest {
    @Test
    void owner_user_of_basic_and_digest_headers() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("diplograph-owner:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals("diplograph-owner", OwnerFromLoopback.userOf(basic));
        assertEquals("curator", OwnerFromLoopback.userOf("Digest username=\"curator\", realm=\"x\", nonce=\"y\""));
        assertNull(OwnerFromLoopback.userOf(null));
        assertNull(OwnerFromLoopback.userOf("Basic !!!not-base64"));
        assertNull(OwnerFromLoopback.userOf("Bearer abc"));
    }

    @Test
    void owner_loopback_addresses_only() {
        assertTrue(OwnerFromLoopback.loopback("127.0.0.1"));
        assertTrue(OwnerFromLoopback.loopback("::1"));
        assertTrue(OwnerFromLoopback.loopback("[0:0:0:0:0:0:0:1]"));
        assertFalse(OwnerFromLoopback.loopback("192.168.1.20"));
        assertFalse(OwnerFromLoopback.loopback("10.0.0.1"));
        assertFalse(OwnerFromLoopback.loopback(null));
    }
}
