package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/** The TIP report's "3P" pillars, plus partnership, which recommendations also address. */
@Description("The area of anti-trafficking work a recommendation or finding belongs to: the report's three Ps "
        + "(prosecution, protection, prevention) and partnership.")
public enum Pillar {
    @Description("Laws against trafficking and their enforcement: investigations, prosecutions, convictions and "
            + "sentences.")
    PROSECUTION,
    @Description("Identifying victims and giving them care, shelter and legal help, without punishing them for "
            + "acts they were compelled to commit.")
    PROTECTION,
    @Description("Reducing the risk of trafficking: awareness, oversight of labor recruitment, reducing demand.")
    PREVENTION,
    @Description("Cooperation with civil society, other governments and international organizations.")
    PARTNERSHIP
}
