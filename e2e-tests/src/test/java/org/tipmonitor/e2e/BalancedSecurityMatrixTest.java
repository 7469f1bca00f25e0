package org.tipmonitor.e2e;

import org.junit.jupiter.api.Tag;

/**
 * The whole security matrix again, on deploy/run.sh --replicas 2: Stack's ports are then HAProxy's, so
 * every cell goes through the balancer to either replica of the service.
 */
@Tag("replicas")
class BalancedSecurityMatrixTest extends SecurityMatrixTest {
}
