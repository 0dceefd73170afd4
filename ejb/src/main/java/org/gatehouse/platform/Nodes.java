package org.gatehouse.platform;

/** The nodes of a cluster (a single server is one): each is told its name at start. */
public final class Nodes {

    private Nodes() {
    }

    /** This server's name ({@code jboss.node.name}, each node its own), for what is claimed or run per node. */
    public static String thisNode() {
        return System.getProperty("jboss.node.name", "gatehouse");
    }
}
