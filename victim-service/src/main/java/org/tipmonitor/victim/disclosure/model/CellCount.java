package org.tipmonitor.victim.disclosure.model;

/**
 * What the database says about one cell: how many case records it has, and the sum of their record
 * keys (the cell-key method's input; it never leaves the service).
 */
public record CellCount(long cases, long keySum) {

    public CellCount plus(CellCount other) {
        return new CellCount(cases + other.cases, keySum + other.keySum);
    }
}
