// Renders a kustomization as `kustomize build` would, for the features CallTriage's deploy/kubernetes uses
// (resources, namespace, labels, images, replicas, patches by file as strategic merges), and validates every object
// against the Kubernetes schemas of kubernetes-models. Any other kustomize field is refused, not ignored, so a
// rendering this script does not understand fails the check instead of passing unseen.
// Prints the rendered objects as one JSON array; exits 1 naming each problem.
//   node kustomize.js DIR
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

const KNOWN = new Set(["apiVersion", "kind", "resources", "namespace", "labels", "images", "replicas", "patches"]);
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding"]);

function readYaml(file) {
  return YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((doc) => {
    if (doc.errors.length) {
      throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    return doc.toJS();
  }).filter((object) => object != null);
}

function build(dir) {
  const file = path.join(dir, "kustomization.yaml");
  const [kustomization] = readYaml(file);
  const unknown = Object.keys(kustomization).filter((key) => !KNOWN.has(key));
  if (unknown.length) {
    throw new Error(`${file}: this check cannot render ${unknown.join(", ")}`);
  }
  let objects = [];
  for (const resource of kustomization.resources || []) {
    const target = path.join(dir, resource);
    objects.push(...(fs.statSync(target).isDirectory() ? build(target) : readYaml(target)));
  }
  for (const patch of kustomization.patches || []) {
    if (!patch.path || Object.keys(patch).length !== 1) {
      throw new Error(`${file}: only patches by path are rendered here`);
    }
    for (const change of readYaml(path.join(dir, patch.path))) {
      const object = objects.find((o) => o.kind === change.kind && o.metadata.name === change.metadata.name);
      if (!object) {
        throw new Error(`${file}: ${patch.path} patches ${change.kind} ${change.metadata.name}, which is not there`);
      }
      objects[objects.indexOf(object)] = merge(object, change);
    }
  }
  for (const { pairs, includeSelectors } of kustomization.labels || []) {
    objects = objects.map((object) => label(object, pairs, includeSelectors === true));
  }
  for (const image of kustomization.images || []) {
    objects.forEach((object) => containers(object).forEach((container) => retag(container, image)));
  }
  for (const { name, count } of kustomization.replicas || []) {
    const object = objects.find((o) => o.metadata.name === name && o.spec && "replicas" in o.spec);
    if (!object) {
      throw new Error(`${file}: replicas for ${name}, which has none`);
    }
    object.spec.replicas = count;
  }
  if (kustomization.namespace) {
    objects.forEach((object) => {
      if (!CLUSTER_SCOPED.has(object.kind)) {
        object.metadata.namespace = kustomization.namespace;
      }
    });
  }
  return objects;
}

// A strategic merge patch for these manifests: maps merge, lists of named items merge by name, other lists and
// values are replaced.
function merge(base, change) {
  if (Array.isArray(base) && Array.isArray(change) && [...base, ...change].every((i) => i && i.name !== undefined)) {
    const merged = base.map((item) => {
      const update = change.find((c) => c.name === item.name);
      return update ? merge(item, update) : item;
    });
    return merged.concat(change.filter((c) => !base.some((item) => item.name === c.name)));
  }
  if (isMap(base) && isMap(change)) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(change)) {
      merged[key] = key in base ? merge(base[key], value) : value;
    }
    return merged;
  }
  return change;
}

function isMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Labels go on every object and on pod templates; on selectors only when asked, as kustomize's labels field does.
function label(object, pairs, includeSelectors) {
  const labelled = merge(object, { metadata: { labels: pairs } });
  if (labelled.spec && labelled.spec.template) {
    labelled.spec.template = merge(labelled.spec.template, { metadata: { labels: pairs } });
  }
  if (includeSelectors && labelled.spec && labelled.spec.selector) {
    labelled.spec.selector = merge(labelled.spec.selector, { matchLabels: pairs });
  }
  return labelled;
}

function containers(object) {
  const pod = object.spec && object.spec.template && object.spec.template.spec;
  return pod ? [...(pod.initContainers || []), ...(pod.containers || [])] : [];
}

function retag(container, image) {
  const match = /^([^@:]+(?::\d+\/[^@:]+)?)(?::([^@]+))?$/.exec(container.image);
  if (!match || match[1] !== image.name) {
    return;
  }
  const name = image.newName || match[1];
  const tag = image.newTag || match[2];
  container.image = tag ? `${name}:${tag}` : name;
}

async function validate(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  let Model;
  try {
    Model = (await import(module))[object.kind];
  } catch (e) {
    return [`${object.kind} ${object.metadata.name}: no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (e) {
    return [`${object.kind} ${object.metadata.name}: ${e.message}`];
  }
}

async function main() {
  if (process.argv.length !== 3) {
    console.error("Usage: node kustomize.js DIR");
    process.exit(2);
  }
  const objects = build(process.argv[2]);
  const problems = (await Promise.all(objects.map(validate))).flat();
  if (problems.length) {
    problems.forEach((problem) => console.error(problem));
    process.exit(1);
  }
  console.log(JSON.stringify(objects, null, 2));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
