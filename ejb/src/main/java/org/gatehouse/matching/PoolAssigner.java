package org.gatehouse.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Assigns every waiting participant at once. Each participant gets one of the mentors the
 * {@link Matcher} finds eligible, no mentor gets more than their free places, and of all such
 * assignments the one chosen places the most participants and, among those, has the highest total
 * score. Solved exactly as a minimum-cost flow (JGraphT's capacity-scaling algorithm), not greedily.
 */
public final class PoolAssigner {

    private PoolAssigner() {
    }

    public static Pool assign(List<MenteeProfile> waiting, List<MentorCandidate> mentors, MatchWeights weights,
                              MatchRules rules, LocalDate today) {
        List<MenteeProfile> mentees = waiting.stream().sorted(Comparator.comparingLong(MenteeProfile::participantId))
                .toList();
        List<MentorCandidate> pool = mentors.stream().sorted(Comparator.comparingLong(MentorCandidate::id)).toList();
        Map<Long, Integer> mentorNode = new HashMap<>();
        List<List<Ranking.Proposal>> eligible = new ArrayList<>();
        int best = 0;
        for (MenteeProfile mentee : mentees) {
            List<Ranking.Proposal> proposals = Matcher.rank(mentee, pool, weights, rules, today).proposals();
            eligible.add(proposals);
            for (Ranking.Proposal proposal : proposals) {
                best = Math.max(best, proposal.score());
                mentorNode.putIfAbsent(proposal.mentor().id(), 0);
            }
        }
        // Nodes: 0 source, 1 sink, 2.. participants, then the mentors someone may have.
        Graph<Integer, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<Integer, Integer> supply = new HashMap<>();
        network.addVertex(0);
        network.addVertex(1);
        supply.put(0, mentees.size());
        supply.put(1, -mentees.size());
        int next = 2 + mentees.size();
        for (MentorCandidate mentor : pool) {
            if (mentorNode.containsKey(mentor.id())) {
                mentorNode.put(mentor.id(), next);
                network.addVertex(next);
                arc(network, capacity, next, 1, mentor.capacity() - mentor.currentLoad(), 0);
                next++;
            }
        }
        // Costs are shifted to stay positive: a placement costs (best - score), leaving someone
        // unplaced costs more than any placements' total score difference, so placing comes first.
        double unplaced = (double) (best + 1) * (mentees.size() + 1);
        Map<DefaultWeightedEdge, Ranking.Proposal> placement = new HashMap<>();
        for (int i = 0; i < mentees.size(); i++) {
            int node = 2 + i;
            network.addVertex(node);
            arc(network, capacity, 0, node, 1, 0);
            arc(network, capacity, node, 1, 1, unplaced);
            for (Ranking.Proposal proposal : eligible.get(i)) {
                placement.put(arc(network, capacity, node, mentorNode.get(proposal.mentor().id()), 1,
                        best - proposal.score()), proposal);
            }
        }
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<
                Integer, DefaultWeightedEdge>().getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                network, v -> supply.getOrDefault(v, 0), capacity::get, e -> 0, network::getEdgeWeight));
        List<Pool.Assignment> assignments = new ArrayList<>();
        List<Pool.Unplaced> left = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            Ranking.Proposal chosen = null;
            for (DefaultWeightedEdge edge : network.outgoingEdgesOf(2 + i)) {
                if (placement.containsKey(edge) && flow.getFlow(edge) > 0.5) {
                    chosen = placement.get(edge);
                }
            }
            long participant = mentees.get(i).participantId();
            if (chosen == null) {
                left.add(new Pool.Unplaced(participant, eligible.get(i).size()));
            } else {
                assignments.add(new Pool.Assignment(participant, chosen));
            }
        }
        return new Pool(assignments, left);
    }

    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> network,
                                           Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int units,
                                           double cost) {
        DefaultWeightedEdge edge = network.addEdge(from, to);
        network.setEdgeWeight(edge, cost);
        capacity.put(edge, units);
        return edge;
    }
}
