// The network performance targets of the article's family (Microsoft's "Media Quality and Network Connectivity
// Performance in Skype for Business Online"): where a helpdesk looks when the path is the one the article describes
// and the call is still bad. Figures as the English original gives them; labels in locales/ under `triage.targets`.

/** The page the figures come from, under the article's own folder on Microsoft Learn. */
export const PERFORMANCE_PAGE = 'skypeforbusiness/optimizing-your-network/media-quality-and-network-connectivity-performance';

export interface PerformanceTarget {
  metric: 'latencyOneWay' | 'latencyRoundTrip' | 'burstPacketLoss' | 'packetLoss' | 'jitter' | 'packetReorder';
  /** From the client to the Microsoft network edge. */
  client: string;
  /** From your network edge to the Microsoft network edge. */
  networkEdge: string;
  /** The window the figure is measured over, when the page gives one. */
  window?: '200ms' | '15s';
}

export const PERFORMANCE_TARGETS: readonly PerformanceTarget[] = [
  { metric: 'latencyOneWay', client: '< 50 ms', networkEdge: '< 30 ms' },
  { metric: 'latencyRoundTrip', client: '< 100 ms', networkEdge: '< 60 ms' },
  { metric: 'burstPacketLoss', client: '< 10%', networkEdge: '< 1%', window: '200ms' },
  { metric: 'packetLoss', client: '< 1%', networkEdge: '< 0.1%', window: '15s' },
  { metric: 'jitter', client: '< 30 ms', networkEdge: '< 15 ms', window: '15s' },
  { metric: 'packetReorder', client: '< 0.05%', networkEdge: '< 0.01%' },
];

/** The QoS markings (DSCP) over ExpressRoute, per workload. */
export const QOS_MARKINGS: readonly { workload: 'voice' | 'video' | 'appSharing' | 'fileTransfer' | 'signaling'; dscp: string }[] = [
  { workload: 'voice', dscp: 'EF 46' },
  { workload: 'video', dscp: 'AF41 34' },
  { workload: 'appSharing', dscp: 'AF21 18' },
  { workload: 'fileTransfer', dscp: 'AF11 10' },
  { workload: 'signaling', dscp: 'CS3 24' },
];
