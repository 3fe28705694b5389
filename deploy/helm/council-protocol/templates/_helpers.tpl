{{/* The name of a service's deployable: training -> training-service. */}}
{{- define "cp.serviceName" -}}
{{- printf "%s-service" . -}}
{{- end -}}

{{/* Labels every object carries; "component" is the deployable. */}}
{{- define "cp.labels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: council-protocol
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The labels a deployable's pods are selected by. */}}
{{- define "cp.selector" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "cp.image" -}}
{{- $image := .root.Values.image -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository .component (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* The gRPC address of a service another deployable calls. */}}
{{- define "cp.grpcTarget" -}}
{{- printf "%s.%s.svc:9090" (include "cp.serviceName" .name) .root.Release.Namespace -}}
{{- end -}}

{{/* JVM options: memory from the container's limit; Kafka client settings as messaging.client.* properties. */}}
{{- define "cp.javaOptions" -}}
{{- $options := list "-XX:MaxRAMPercentage=75" "-XX:+ExitOnOutOfMemoryError" "-XX:TrimNativeHeapInterval=5000" -}}
{{- range $key, $value := .Values.kafka.client -}}
{{- $options = append $options (printf "-Dmessaging.client.%s=%v" $key $value) -}}
{{- end -}}
{{- join " " $options -}}
{{- end -}}

{{/* TLS on the HTTP (PKCS#12) and gRPC (PEM) servers from the deployable's <name>-tls Secret. */}}
{{- define "cp.tlsEnv" -}}
- {name: MICRONAUT_SERVER_SSL_ENABLED, value: "true"}
- {name: MICRONAUT_SERVER_SSL_PORT, value: "8443"}
- {name: MICRONAUT_SERVER_SSL_KEY_STORE_PATH, value: "file:/tls/server.p12"}
- {name: MICRONAUT_SERVER_SSL_KEY_STORE_TYPE, value: PKCS12}
- name: MICRONAUT_SERVER_SSL_KEY_STORE_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ printf "%s-tls" .component }}, key: keystore-password}}
- {name: GRPC_SERVER_SSL_CERT_CHAIN, value: "file:/tls/tls.crt"}
- {name: GRPC_SERVER_SSL_PRIVATE_KEY, value: "file:/tls/tls.key"}
{{- end -}}

{{/* Probes on the health endpoints (HTTPS when TLS is on). */}}
{{- define "cp.probes" -}}
{{- $port := ternary "https" "http" .root.Values.tls.enabled -}}
{{- $scheme := ternary "HTTPS" "HTTP" .root.Values.tls.enabled -}}
startupProbe:
  httpGet: {path: /health/readiness, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 2
  failureThreshold: 60
readinessProbe:
  httpGet: {path: /health/readiness, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 5
livenessProbe:
  httpGet: {path: /health/liveness, port: {{ $port }}, scheme: {{ $scheme }}}
  periodSeconds: 10
  failureThreshold: 3
{{- end -}}

{{/* The pod's and container's hardening: non-root, read-only root, no privilege escalation, no capabilities. */}}
{{- define "cp.podSecurity" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile: {type: RuntimeDefault}
{{- end -}}

{{- define "cp.containerSecurity" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities: {drop: [ALL]}
{{- end -}}

{{- define "cp.metricsAnnotations" -}}
{{- if .root.Values.metrics.scrape }}
prometheus.io/scrape: "true"
prometheus.io/path: /prometheus
prometheus.io/port: {{ ternary "8443" "8080" .root.Values.tls.enabled | quote }}
prometheus.io/scheme: {{ ternary "https" "http" .root.Values.tls.enabled }}
{{- end }}
{{- end -}}
