// Reads the manifests `helm template` rendered (standard input, many YAML documents) and fails, naming the object
// and the field, when one is not valid against the Kubernetes API schemas (kubernetes-models; the Prometheus
// Operator's from @kubernetes-models/prometheus-operator) or breaks a rule the platform keeps: no Secret in the chart,
// every container with probes, limits and a non-root user, every Service and policy selecting pods that exist, every
// alert with a severity and a runbook, the dashboard a Grafana dashboard whose every panel has a query.
const yaml = require("js-yaml");

const input = require("fs").readFileSync(0, "utf8");
const objects = yaml.loadAll(input).filter(Boolean);
const problems = [];
const name = (o) => `${o.kind}/${o.metadata && o.metadata.name}`;

for (const object of objects) {
  let models;
  try {
    models = object.apiVersion.startsWith("monitoring.coreos.com/")
      ? require(`@kubernetes-models/prometheus-operator/${object.apiVersion}`)
      : require(`kubernetes-models/${object.apiVersion}`);
  } catch (e) {
    problems.push(`${name(object)}: no schema for apiVersion ${object.apiVersion}`);
    continue;
  }
  const Model = models[object.kind];
  if (!Model) {
    problems.push(`${name(object)}: ${object.apiVersion} has no kind ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push(`${name(object)}: ${e.message}`);
  }
}

const deployments = objects.filter((o) => o.kind === "Deployment");
const podLabels = deployments.map((d) => d.spec.template.metadata.labels || {});
const selects = (selector) => podLabels.some((labels) => Object.entries(selector || {}).every(([k, v]) => labels[k] === v));

for (const o of objects.filter((o) => o.kind === "Secret")) {
  problems.push(`${name(o)}: the chart must not carry credentials; reference a Secret by name instead`);
}
for (const d of deployments) {
  const pod = d.spec.template.spec;
  if (!(pod.securityContext && pod.securityContext.runAsNonRoot)) problems.push(`${name(d)}: pods must run as non-root`);
  for (const c of pod.containers) {
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
      if (!c[probe]) problems.push(`${name(d)} ${c.name}: no ${probe}`);
    }
    if (!(c.resources && c.resources.limits && c.resources.limits.memory)) problems.push(`${name(d)} ${c.name}: no memory limit`);
    if (!(c.securityContext && c.securityContext.readOnlyRootFilesystem)) problems.push(`${name(d)} ${c.name}: root filesystem not read-only`);
  }
}
for (const s of objects.filter((o) => o.kind === "Service")) {
  if (!selects(s.spec.selector)) problems.push(`${name(s)}: its selector matches no pods of the chart`);
}
for (const p of objects.filter((o) => ["NetworkPolicy", "PodDisruptionBudget"].includes(o.kind))) {
  const selector = p.kind === "NetworkPolicy" ? p.spec.podSelector.matchLabels : p.spec.selector.matchLabels;
  if (!selects(selector)) problems.push(`${name(p)}: its selector matches no pods of the chart`);
}
for (const h of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
  if (!deployments.some((d) => d.metadata.name === h.spec.scaleTargetRef.name)) problems.push(`${name(h)}: scales no Deployment of the chart`);
}
const services = objects.filter((o) => o.kind === "Service");
for (const m of objects.filter((o) => o.kind === "ServiceMonitor")) {
  const selector = m.spec.selector.matchLabels || {};
  if (!services.some((s) => Object.entries(selector).every(([k, v]) => (s.metadata.labels || {})[k] === v))) {
    problems.push(`${name(m)}: its selector matches no Service of the chart`);
  }
}
for (const r of objects.filter((o) => o.kind === "PrometheusRule")) {
  for (const rule of r.spec.groups.flatMap((g) => g.rules)) {
    if (!rule.alert) continue;
    if (!["page", "warning"].includes((rule.labels || {}).severity)) problems.push(`${name(r)} ${rule.alert}: severity must be page or warning`);
    if (!((rule.annotations || {}).runbook || "").startsWith("docs/operations.md#alerts")) problems.push(`${name(r)} ${rule.alert}: no runbook`);
  }
}
for (const c of objects.filter((o) => o.kind === "ConfigMap" && (o.metadata.labels || {}).grafana_dashboard)) {
  for (const [file, text] of Object.entries(c.data || {})) {
    let dashboard;
    try {
      dashboard = JSON.parse(text);
    } catch (e) {
      problems.push(`${name(c)} ${file}: not JSON (${e.message})`);
      continue;
    }
    if (!dashboard.uid || !Array.isArray(dashboard.panels) || dashboard.panels.length === 0) problems.push(`${name(c)} ${file}: not a dashboard`);
    for (const panel of dashboard.panels || []) {
      if (!(panel.targets || []).some((t) => t.expr)) problems.push(`${name(c)} ${file}: panel "${panel.title}" has no query`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${objects.length} objects valid (${[...new Set(objects.map((o) => o.kind))].sort().join(", ")})`);
