package org.tipmonitor.victim.disclosure.service;

/** The request is too detailed for disclosure control to check in reasonable time. */
final class TooDetailed extends RuntimeException {

    TooDetailed() {
        super("the answer is too detailed for disclosure control; filter it or group by fewer dimensions");
    }
}
