/**
 * Terms a customer reading a status page or an email would not know.
 * `plain` is what to say instead (null: explain what it meant for users).
 * `internal` terms belong to the incident team and `technical` terms name the insides of a system; both
 * are flagged for every outside audience, developers included (editors flag “failover” and “the search
 * cluster” in texts for developers too). `everyday` terms are a developer's working vocabulary
 * (“latency”, “endpoint”, “DNS”): flagged for other readers only.
 */
export interface GlossaryEntry {
  term: string;
  plain: string | null;
  level: 'internal' | 'technical' | 'everyday';
  /** Not when the next word is one of these (“rack up charges”). */
  notFollowedBy?: string[];
  /** Not when the rest of the sentence matches (“the backbone of our company”). */
  unlessRest?: RegExp;
}

const internal = (term: string, plain: string | null): GlossaryEntry => ({ term, plain, level: 'internal' });
const technical = (term: string, plain: string | null): GlossaryEntry => ({ term, plain, level: 'technical' });
const everyday = (term: string, plain: string | null): GlossaryEntry => ({ term, plain, level: 'everyday' });

const CORE: GlossaryEntry[] = [
  // Incident-process vocabulary.
  internal('SEV0', 'critical incident'), internal('SEV1', 'major incident'), internal('SEV2', 'incident'), internal('SEV3', 'minor incident'), internal('SEV4', 'low-impact incident'),
  internal('Sev1', 'major incident'), internal('Sev2', 'incident'), internal('P0', 'critical incident'), internal('P1', 'high-priority incident'),
  internal('RCA', 'cause'), internal('root cause analysis', 'investigation of the cause'), internal('incident commander', 'incident lead'),
  internal('war room', 'incident team'), internal('pager', null), 
  internal('runbook', 'procedure'), internal('playbook', 'procedure'), internal('blast radius', 'scope of impact'), internal('MTTR', 'time to recover'), internal('MTTD', 'time to detect'),
  internal('SLO', 'reliability target'), internal('SLI', 'reliability measure'), internal('error budget', null), internal('toil', null),
  internal('action items', 'follow-up work'), internal('remediation items', 'follow-up work'), 
  internal('triage', 'assess'), internal('triaged', 'assessed'), technical('hotfix', 'urgent fix'), technical('hot fix', 'urgent fix'), technical('hot-fix', 'urgent fix'),
  technical('rollback', 'reversal of the change'), technical('roll back', 'undo'), technical('rolled back', 'undid'), 
  technical('canary', 'small test release'), everyday('feature flag', 'setting'), technical('kill switch', 'off switch'), everyday('prod', 'production'), everyday('staging', 'test environment'),
  internal('JIRA', null), internal('synthetic monitoring', 'automated checks'), internal('synthetics', 'automated checks'),
  internal('regression', 'bug introduced by a change'), internal('repro', 'reproduce'), internal('RFC', 'proposal'), internal('5 whys', null),
  // Infrastructure.
  technical('BGP', 'internet routing'), everyday('DNS', 'domain name system'), technical('DNS resolver', 'address lookup'), everyday('CDN', 'content delivery network'), 
  technical('PoP', 'network location'), technical('PoPs', 'network locations'), technical('load balancer', 'traffic distribution system'), technical('load balancers', 'traffic distribution systems'), technical('LB', 'traffic distribution system'),
  technical('reverse proxy', 'front-end server'), technical('ingress', 'incoming traffic'), technical('egress', 'outgoing traffic'), technical('upstream', 'a provider we depend on'), technical('downstream', 'dependent systems'),
  technical('failover', 'switch to backup systems'), technical('fail over', 'switch to backup systems'), technical('failed over', 'switched to backup systems'), technical('failback', 'switch back'), technical('active-passive', null),
  technical('control plane', 'management system'), technical('data plane', 'systems that carry traffic'), technical('etcd', 'configuration store'), technical('ZooKeeper', 'configuration store'), technical('Consul', 'configuration store'),
  technical('Kubernetes', 'our container platform'), technical('k8s', 'our container platform'), technical('K8s', 'our container platform'), technical('pod', 'server process'), technical('pods', 'server processes'),
  technical('node pool', 'group of servers'), technical('cluster', 'group of servers'), technical('clusters', 'groups of servers'), technical('autoscaling', 'automatic capacity'),
  technical('autoscaler', 'automatic capacity system'), technical('horizontal scaling', 'adding servers'), 
  technical('shard', 'part of the database'), technical('shards', 'parts of the database'), technical('sharding', 'splitting data'), technical('replica', 'copy of the database'), technical('replicas', 'copies of the database'),
  technical('replication lag', 'delay in copying data'), technical('replication', 'copying data'), technical('primary database', 'main database'), technical('read replica', 'database copy'), technical('write-ahead log', null),
  technical('WAL', null), technical('deadlock', 'database lock-up'), technical('lock contention', 'database congestion'), technical('connection pool', 'database connections'), technical('connection pooler', 'database connection manager'),
  technical('schema migration', 'database change'), technical('vacuum', 'database maintenance'), technical('compaction', 'storage maintenance'),
  technical('Postgres', 'database'), technical('PostgreSQL', 'database'), technical('MySQL', 'database'), technical('Redis', 'cache'), technical('Memcached', 'cache'),
  technical('Kafka', 'message queue'), technical('RabbitMQ', 'message queue'), technical('message queue', 'processing queue'), technical('queue backlog', 'processing delay'), 
  technical('consumer lag', 'processing delay'), technical('cache invalidation', 'clearing stored copies'), technical('cache miss', null), technical('TTL', 'expiry time'),
  technical('p50', 'median response time'), technical('p90', null), technical('p95', null), technical('p99', 'slowest 1% of responses'), technical('p999', null),
  technical('throughput', 'volume'), technical('QPS', 'requests per second'), technical('RPS', 'requests per second'), technical('IOPS', 'disk speed'),
  technical('5xx', 'server errors'), technical('5XX', 'server errors'), technical('4xx', 'request errors'), technical('HTTP 500', 'server error'), technical('HTTP 502', 'server error'),
  technical('HTTP 503', 'service unavailable error'), technical('HTTP 504', 'timeout error'), technical('502s', 'server errors'), technical('503s', 'server errors'), technical('500s', 'server errors'),
  technical('OOM', 'out of memory'), technical('OOMKilled', 'stopped for lack of memory'), technical('OOM killer', null), technical('memory leak', 'growing memory use'),
  technical('CPU saturation', 'overloaded servers'), technical('thundering herd', 'surge of retries'), technical('retry storm', 'surge of retries'), technical('backpressure', 'slowing intake'), everyday('rate limiter', 'request limit'),
  technical('circuit breaker', 'automatic safety cut-off'), technical('head-of-line blocking', null), technical('race condition', 'timing bug'), technical('null pointer', 'software bug'), technical('segfault', 'crash'),
  technical('stack trace', null), technical('cron job', 'scheduled task'), technical('cronjob', 'scheduled task'), technical('daemon', 'background process'), technical('sidecar', 'helper process'),
  technical('service mesh', 'internal network layer'), technical('Envoy', 'network proxy'), technical('HAProxy', 'network proxy'), technical('NGINX', 'web server'), technical('nginx', 'web server'),
  technical('VPC', 'private network'), technical('subnet', 'network segment'), technical('NAT gateway', 'network gateway'), technical('AZ', 'data center'), technical('availability zone', 'data center'),
  technical('availability zones', 'data centers'), everyday('us-east-1', 'our US East region'), technical('multi-region', 'in several regions'), technical('anycast', null),
  technical('TLS handshake', 'secure connection setup'), everyday('TLS', 'secure connection'), everyday('SSL', 'secure connection'), technical('certificate rotation', 'certificate renewal'), technical('mTLS', 'secure internal connections'),
  technical('IAM', 'access control'), technical('RBAC', 'access control'), technical('SAML', 'single sign-on'),
  technical('RPC', 'internal request'), technical('gRPC', 'internal request'), technical('API gateway', 'API entry point'), technical('microservice', 'internal service'), technical('microservices', 'internal services'),
  technical('monolith', 'main application'), everyday('CI/CD', 'release pipeline'),
  everyday('config', 'configuration'), technical('config push', 'configuration change'), everyday('YAML', 'configuration file'), technical('Terraform', 'infrastructure tooling'),
  technical('infra', 'infrastructure'), technical('EC2', 'cloud servers'), technical('S3', 'cloud storage'), technical('RDS', 'cloud database'), technical('EBS', 'cloud disks'),
  technical('GCE', 'cloud servers'), technical('GKE', 'container platform'), technical('EKS', 'container platform'), technical('hypervisor', 'virtual machine host'), technical('VM', 'virtual server'),
  technical('kernel panic', 'operating system crash'), technical('disk I/O', 'disk activity'), technical('I/O', 'disk and network activity'), technical('heap', 'memory'), technical('garbage collection', 'memory clean-up'),
  technical('GC pauses', 'memory clean-up pauses'), technical('idempotent', null), technical('eventual consistency', null), technical('split brain', null), technical('quorum', null),
  technical('leader election', null), technical('health check', 'automatic status check'), technical('health checks', 'automatic status checks'), technical('heartbeat', 'status signal'), technical('observability', 'monitoring'),
  
  // General infrastructure vocabulary (added from general knowledge, not from the corpus).
  technical('packet loss', 'lost network traffic'), technical('peering', 'network connections with other networks'), technical('transit provider', 'network provider'), everyday('hostname', 'server name'),
  technical('nameserver', 'DNS server'), technical('nameservers', 'DNS servers'), technical('CNAME', 'DNS record'), technical('A record', 'DNS record'), technical('DNS propagation', 'the spread of DNS changes'), technical('route leak', 'routing error'),
  technical('BGP announcement', 'routing change'), technical('WAF', 'web firewall'), technical('ACL', 'access rule'), technical('RAID', 'disk array'), technical('JVM', 'Java runtime'), technical('thread pool', 'worker capacity'),
  technical('connection limit', 'maximum number of connections'), technical('memory pressure', 'running low on memory'), technical('garbage collector', 'memory clean-up'), technical('load shedding', 'turning away some requests'), technical('exponential backoff', 'waiting longer between retries'),
  technical('idempotency', null), technical('blue-green', null), technical('cutover', 'switch-over'), technical('canary deployment', 'small test release'), technical('message broker', 'message queue'), technical('orchestration', 'automation'),
  technical('origin server', 'main server'), technical('origin servers', 'main servers'), technical('edge server', 'network server'), technical('edge servers', 'network servers'), technical('spot instance', 'cloud server'), technical('autoscaling group', 'automatic capacity'),
  technical('kernel', 'operating system'), technical('firmware', 'device software'), technical('storage array', 'storage system'), technical('index rebuild', 'database maintenance'), technical('schema change', 'database change'), technical('configuration drift', 'settings out of sync'),
  everyday('throttling', 'slowing requests'), everyday('throttled', 'slowed down'), everyday('rate limits', 'request limits'), technical('upstream dependency', 'a service we depend on'), technical('downstream services', 'dependent services'),
  technical('hot standby', 'backup system'), technical('standby database', 'backup database'), technical('standby server', 'backup server'), technical('standby node', 'backup server'), technical('standby replica', 'backup copy'), technical('standby instance', 'backup server'), technical('standby cluster', 'backup systems'), technical('standby site', 'backup site'), technical('failovers', 'switches to backup systems'), technical('quorum loss', null), technical('split-brain', null), technical('disk I/O', 'disk activity'),
  technical('connection pool exhaustion', 'running out of database connections'), technical('saturation', 'overload'), technical('saturated', 'overloaded'), technical('degraded mode', 'limited mode'), technical('circuit breakers', 'automatic safety cut-offs'),
  technical('reverse proxies', 'front-end servers'), technical('UDP', 'network traffic'), technical('HTTP/2', null), technical('gRPC', 'internal request'), technical('websocket', 'live connection'), technical('websockets', 'live connections'),
  // Seen in published incident texts.
  technical('429|500|502|503|504 errors|error|responses|response|rates|rate|status|codes', 'errors'), technical('HPA', 'automatic scaling'), internal('PIR', 'incident review'),
  technical('NAT', 'network address translation'), technical('point of presence', 'network location'), technical('points of presence', 'network locations'),
  technical('query planner', 'database'), technical('query plan', 'database query'), technical('datastore', 'database'), technical('data store', 'database'),
  technical('instrumentation', 'monitoring'), technical('tracing', 'monitoring'), technical('code path', 'part of our code'), technical('hot path', null), technical('hot-path', null),
  technical('event listener', null), technical('crash-looping', 'crashing repeatedly'), technical('crash looping', 'crashing repeatedly'), technical('crashloop', 'crashing repeatedly'),
  technical('fail-over', 'switch to backup systems'), technical('failing over', 'switching to backup systems'), technical('mainframe', 'central computer system'), technical('route reflector', 'routing equipment'),
   technical('table lock', 'database lock'), technical('table locks', 'database locks'), technical('database locking', 'database congestion'), technical('fleet-wide reboot', 'restart of all servers'), technical('automatic reboot', 'automatic restart'), technical('rate-limiting', 'request limits'), technical('mutex', null), technical('block devices', 'disks'), technical('block device', 'disk'),
  technical('bootstrapped', 'started'), technical('re-bootstrapped', 'restarted'), technical('run-book', 'procedure'), technical('synthetic testing', 'automated checks'),
  technical('leaf nodes', 'servers'), technical('node', 'server'), technical('write root', 'main database'), technical('proxy server', 'server'),
  technical('caching layer', 'cache'), technical('cache pool', 'cache'), technical('autoscale', 'add capacity automatically'), technical('statused', 'reported on our status page'),
  technical('operating nominally', 'working normally'), technical('nominal', 'normal'), technical('WAN', 'network'), technical('cross-region', 'between regions'),
  technical('intra-region', 'within a region'), internal('release management', null), 
  technical('contention', 'congestion'), internal('DBA', 'database engineers'), technical('resource exhaustion', 'running out of capacity'), technical('back pressure', 'slowing intake'), technical('bcrypt', 'a secure hashing method'),
  technical('row locks', 'database locks'), technical('writer instance', 'main database server'), technical('scale up event', 'automatic capacity increase'), technical('scale-up', 'capacity increase'), internal('Site Reliability Engineering', 'reliability engineering'), internal('SRE', 'reliability engineers'),
  technical('client request', 'request'), technical('ACH', 'bank transfer'), internal('business owner', 'the service owner'), technical('storage pool', 'storage'), technical('message store', 'email storage'), technical('border router', 'network router'), technical('border routers', 'network routers'),
  technical('flapped', 'kept failing'), technical('flapping', 'failing on and off'), technical('blackholing', 'dropping'), technical('high availability', 'backup'),
  technical('superuser', 'administrator'), technical('package management', null), technical('production network', 'internal network'), everyday('CPU', 'processing power'),
  technical('Jenkins', 'build server'), technical('connection bottleneck', 'overload'), technical('caches', 'stored copies'), technical('LWLock', null), everyday('backend service', 'internal service'), everyday('backend', 'internal systems'), everyday('back-end', 'internal systems'), 
  everyday('back end', 'internal systems'), everyday('latency', 'delay'), everyday('latencies', 'delays'), technical('roll-back', 'undo'), technical('rolled-back', 'undone'), everyday('rate limiting', 'request limits'), everyday('rate limited', 'limited'),
  technical('NXDOMAIN', 'domain-not-found error'), technical('time-to-live', 'expiry time'), technical('cluster-wide', 'across the whole system'), technical('cascading failure', 'chain of failures'), technical('cascading failures', 'chains of failures'),
  technical('worker queue', 'processing queue'), everyday('endpoint', 'address'), everyday('test suite', 'automated tests'), technical('hard down', 'completely down'), { ...technical('POP', 'network location'), notFollowedBy: ['email', 'mail', 'account', 'accounts', 'server', 'servers', 'access'] }, technical('POPs', 'network locations'),
  // Telecoms and networks (general knowledge, for providers whose readers are households and offices).
  technical('backhaul', 'network link'), technical('splicing', 'joining the cables'), technical('spliced', 'joined'), technical('DID', 'phone number'), technical('DIDs', 'phone numbers'),
  technical('SIP trunk', 'phone line'), technical('IP trunk', 'phone line'), technical('PSTN', 'phone network'), technical('MPLS', 'private network'), technical('leased line', 'dedicated line'),
  technical('dark fibre', 'unused cable'), technical('dark fiber', 'unused cable'), technical('CGNAT', 'shared addresses'), technical('RTMP', 'video streaming'), technical('DSLAM', 'exchange equipment'),
  technical('OLT', 'exchange equipment'), technical('ONT', 'fibre box'), technical('core router', 'main router'), technical('edge router', 'network router'), technical('load balancing', 'spreading traffic'), technical('RADIUS', 'login server'), internal('SOP', 'procedure'), technical('directory service', 'sign-in directory'), technical('DDoS', 'flood of traffic'), { ...technical('backbone', 'main network'), unlessRest: /^\s+of\s+(?:our|the|this|their)\s+(?!(?:\w+\s+)?(?:network|fiber|fibre|internet|infrastructure|connectivity)\b)/i }, { ...technical('rack', 'server cabinet'), notFollowedBy: ['up'] }, technical('QoS', 'traffic priority'), technical('pub-sub', 'messaging system'), technical('pub/sub', 'messaging system'), internal('site reliability engineering', 'reliability engineering'), technical('cascading error', 'chain of errors'), technical('multi-CDN', 'several content networks'), technical('xDSL', 'broadband line'), technical('uplink', 'network link'), technical('refactoring', 'rewriting code'), technical('refactor', 'rewrite'), internal('mean time to restore', 'time to recover'), internal('mean-time-to-restore', 'time to recover'), technical('core switch', 'main network switch'), technical('route flap', 'unstable route'),

  // Seen in more published incident texts, and their near relatives.
  technical('backfill', 'fill in'), technical('backfilled', 'filled in'), technical('backfilling', 'filling in'), technical('infinite loop', 'repeating fault'), technical('network partition', 'network split'),
  technical('MTA', 'mail server'), technical('MTAs', 'mail servers'), everyday('payload', 'data'), everyday('payloads', 'data'), technical('softswitch', 'call-routing system'), technical('BLF', 'busy lamp'), technical('SRV record', 'DNS record'), technical('DNS-SRV', 'DNS record'),
  technical('switchgear', 'electrical equipment'), technical('access point', 'Wi-Fi unit'), technical('access points', 'Wi-Fi units'), technical('private key', null), technical('private keys', null), everyday('non-production', null), everyday('debug build', 'diagnostic version'), everyday('debug version', 'diagnostic version'), everyday('debug mode', 'diagnostic mode'),
  technical('source of truth', 'main record'), technical('self-healing', 'automatic recovery'), technical('re-indexing', 'rebuilding'), technical('reindexing', 'rebuilding'), internal('IRT', 'incident response team'), internal('service owner', 'team responsible'), internal('service owners', 'teams responsible'), everyday('service account', 'system account'), everyday('service accounts', 'system accounts'),
  technical('RSA key', 'encryption key'), technical('racing condition', 'timing bug'), technical('racing conditions', 'timing bugs'), technical('rebalancing', 'redistributing'), technical('re-balancing', 'redistributing'), technical('data synchronization', 'data copying'), technical('network load', 'network traffic'),
];

export const GLOSSARY: GlossaryEntry[] = CORE;
