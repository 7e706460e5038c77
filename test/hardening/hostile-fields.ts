/**
 * Every text field of every model the widgets show, as an injection point:
 * a name, the model instance it belongs to, what kind of text it holds and
 * how to put a value there. List fields set every item.
 */
import { HINTED_FIELDS, type FieldKind, type FieldSpec, type JsonSchema, type ModelInstances, type ModelName } from './hostile-world.js';

const fields: FieldSpec[] = [];

function field<M extends ModelName>(model: M, name: string, kind: FieldKind, set: (instance: ModelInstances[M], value: string) => void): void {
  fields.push({ index: fields.length, name, model, kind, set } as unknown as FieldSpec);
}

// --- Service (catalog: list and detail)
field('service', 'Service.id', 'id', (s, v) => void (s.id = v));
field('service', 'Service.name', 'text', (s, v) => void (s.name = v));
field('service', 'Service.officialName', 'text', (s, v) => void (s.officialName = v));
field('service', 'Service.summary', 'text', (s, v) => void (s.summary = v));
field('service', 'Service.synonyms[]', 'text', (s, v) => void (s.synonyms = [v, ...(s.synonyms ?? []).slice(1)]));
field('service', 'Service.leikaKeys[]', 'format', (s, v) => void (s.leikaKeys = [v]));
field('service', 'Service.lastUpdated', 'format', (s, v) => void (s.lastUpdated = v));
field('service', 'Service.descriptionHtml', 'html', (s, v) => void (s.descriptionHtml = v));
field('service', 'Service.requirementsHtml', 'html', (s, v) => void (s.requirementsHtml = v));
field('service', 'Service.procedureHtml', 'html', (s, v) => void (s.procedureHtml = v));
field('service', 'Service.costs[].description', 'text', (s, v) => s.costs?.forEach((c) => void (c.description = v)));
field('service', 'Service.costs[].amount.currency', 'format', (s, v) => {
  const fixed = s.costs?.[0];
  if (fixed?.kind === 'fixed') fixed.amount.currency = v;
});
field('service', 'Service.costsNoteHtml', 'html', (s, v) => void (s.costsNoteHtml = v));
field('service', 'Service.requiredDocuments[].name', 'text', (s, v) => s.requiredDocuments?.forEach((d) => void (d.name = v)));
field('service', 'Service.requiredDocuments[].descriptionHtml', 'html', (s, v) => s.requiredDocuments?.forEach((d) => void (d.descriptionHtml = v)));
field('service', 'Service.deadlines[].label', 'text', (s, v) => s.deadlines?.forEach((d) => void (d.label = v)));
field('service', 'Service.deadlines[].typeCode', 'text', (s, v) => s.deadlines?.forEach((d) => void (d.typeCode = v)));
field('service', 'Service.deadlines[].descriptionHtml', 'html', (s, v) => s.deadlines?.forEach((d) => void (d.descriptionHtml = v)));
field('service', 'Service.deadlines[].date', 'format', (s, v) => void (s.deadlines![1]!.date = v));
field('service', 'Service.processingTime.descriptionHtml', 'html', (s, v) => void (s.processingTime!.descriptionHtml = v));
field('service', 'Service.legalBasis[].title', 'text', (s, v) => s.legalBasis?.forEach((l) => void (l.title = v)));
field('service', 'Service.legalBasis[].description', 'text', (s, v) => s.legalBasis?.forEach((l) => void (l.description = v)));
field('service', 'Service.legalBasis[].uri', 'url', (s, v) => s.legalBasis?.forEach((l) => void (l.uri = v)));
field('service', 'Service.appealHtml', 'html', (s, v) => void (s.appealHtml = v));
field('service', 'Service.formsNoteHtml', 'html', (s, v) => void (s.formsNoteHtml = v));
field('service', 'Service.furtherInformation[].title', 'text', (s, v) => s.furtherInformation?.forEach((l) => void (l.title = v)));
field('service', 'Service.furtherInformation[].description', 'text', (s, v) => s.furtherInformation?.forEach((l) => void (l.description = v)));
field('service', 'Service.furtherInformation[].uri', 'url', (s, v) => s.furtherInformation?.forEach((l) => void (l.uri = v)));
field('service', 'Service.onlineServices[].id', 'id', (s, v) => s.onlineServices?.forEach((o) => void (o.id = v)));
field('service', 'Service.onlineServices[].title', 'text', (s, v) => s.onlineServices?.forEach((o) => void (o.title = v)));
field('service', 'Service.onlineServices[].uri', 'url', (s, v) => s.onlineServices?.forEach((o) => void (o.uri = v)));
field('service', 'Service.appointmentUrl', 'url', (s, v) => void (s.appointmentUrl = v));
field('service', 'Service.language', 'format', (s, v) => void (s.language = v));
field('service', 'Service.availableLanguages[]', 'format', (s, v) => void (s.availableLanguages = [v]));
field('service-no-office', 'Service.responsibleOfficeNoteHtml', 'html', (s, v) => void (s.responsibleOfficeNoteHtml = v));

// --- Office
field('office', 'Office.id', 'id', (o, v) => void (o.id = v));
field('office', 'Office.name', 'text', (o, v) => void (o.name = v));
field('office', 'Office.shortName', 'text', (o, v) => void (o.shortName = v));
field('office', 'Office.description', 'text', (o, v) => void (o.description = v));
field('office', 'Office.parentId', 'id', (o, v) => void (o.parentId = v));
for (const which of ['visitorAddress', 'postalAddress'] as const) {
  for (const part of ['street', 'houseNumber', 'city', 'addition'] as const) {
    field('office', `Office.${which}.${part}`, 'text', (o, v) => void (o[which]![part] = v));
  }
  field('office', `Office.${which}.postalCode`, 'format', (o, v) => void (o[which]!.postalCode = v));
}
for (const channel of ['phone', 'email', 'fax'] as const) {
  field('office', `Office.contact.${channel}[].value`, 'text', (o, v) => o.contact?.[channel]?.forEach((c) => void (c.value = v)));
  field('office', `Office.contact.${channel}[].label`, 'text', (o, v) => o.contact?.[channel]?.forEach((c) => void (c.label = v)));
}
field('office', 'Office.contact.web', 'url', (o, v) => void (o.contact!.web = v));
field('office', 'Office.openingHours.regular[].note', 'text', (o, v) => o.openingHours?.regular?.forEach((s) => void (s.note = v)));
field('office', 'Office.openingHours.exceptions[].note', 'text', (o, v) => o.openingHours?.exceptions?.forEach((e) => void (e.note = v)));
field('office', 'Office.openingHours.note', 'text', (o, v) => void (o.openingHours!.note = v));
field('office', 'Office.openingHours.timeZone', 'format', (o, v) => void (o.openingHours!.timeZone = v));
field('office', 'Office.accessibility.notes', 'text', (o, v) => void (o.accessibility!.notes = v));
field('office', 'Office.appointmentUrl', 'url', (o, v) => void (o.appointmentUrl = v));

// --- LifeSituation, Category
field('life-situation', 'LifeSituation.code', 'id', (l, v) => void (l.code = v));
field('life-situation', 'LifeSituation.name', 'text', (l, v) => void (l.name = v));
field('life-situation', 'LifeSituation.description', 'text', (l, v) => void (l.description = v));
field('category', 'Category.id', 'id', (c, v) => void (c.id = v));
field('category', 'Category.name', 'text', (c, v) => void (c.name = v));
field('category', 'Category.description', 'text', (c, v) => void (c.description = v));

// --- FormDefinition
const props = (schema: JsonSchema, ...path: string[]): JsonSchema => path.reduce((s, key) => s.properties![key]!, schema);
const dogFields = (schema: JsonSchema) => Object.values(props(schema, 'G10000001').properties!);
field('form', 'FormDefinition.id', 'id', (f, v) => void (f.id = v));
field('form', 'FormDefinition.version', 'id', (f, v) => void (f.version = v));
field('form', 'FormDefinition.title', 'text', (f, v) => void (f.title = v));
field('form', 'FormDefinition.description', 'text', (f, v) => void (f.description = v));
field('form', 'FormDefinition.leikaKey', 'text', (f, v) => void (f.leikaKey = v));
field('form', 'FormDefinition.schemaUri', 'url', (f, v) => void (f.schemaUri = v));
field('form', 'FormStep.id', 'id', (f, v) => f.ui.steps?.forEach((s, i) => void (s.id = `${v}${i}`)));
field('form', 'FormStep.title', 'text', (f, v) => f.ui.steps?.forEach((s) => void (s.title = v)));
field('form', 'FormStep.description', 'text', (f, v) => f.ui.steps?.forEach((s) => void (s.description = v)));
field('form', 'FieldHint.label', 'text', (f, v) => HINTED_FIELDS.forEach((p) => void (f.ui.fields![p]!.label = v)));
field('form', 'FieldHint.help', 'text', (f, v) => HINTED_FIELDS.forEach((p) => void (f.ui.fields![p]!.help = v)));
field('form', 'FieldHint.placeholder', 'text', (f, v) => HINTED_FIELDS.forEach((p) => void (f.ui.fields![p]!.placeholder = v)));
field('form', 'FieldHint.autocomplete', 'text', (f, v) => HINTED_FIELDS.forEach((p) => void (f.ui.fields![p]!.autocomplete = v)));
field('form', 'JsonSchema.title (labels)', 'text', (f, v) => {
  for (const s of [props(f.schema, 'G10000001'), props(f.schema, 'G10000002'), props(f.schema, 'F10000099'), ...dogFields(f.schema)]) s.title = v;
  for (const s of Object.values(props(f.schema, 'G10000002').items!.properties!)) s.title = v;
});
field('form', 'JsonSchema.description (help)', 'text', (f, v) => {
  for (const s of [props(f.schema, 'G10000001'), props(f.schema, 'G10000002'), props(f.schema, 'F10000099'), ...dogFields(f.schema)]) s.description = v;
  for (const s of Object.values(props(f.schema, 'G10000002').items!.properties!)) s.description = v;
});
field('form', 'JsonSchema.oneOf[].title (option labels)', 'text', (f, v) => {
  for (const key of ['F10000003', 'F10000007']) props(f.schema, 'G10000001', key).oneOf!.forEach((o, i) => void (o.title = i === 1 ? v : `${o.title}`));
});
field('form', 'JsonSchema.enum[] (option values)', 'text', (f, v) => void (props(f.schema, 'G10000001', 'F10000006').items!.enum = [v, 'gechippt', 'versichert']));
field('form', 'AttachmentSpec.id', 'id', (f, v) => {
  f.attachments![0]!.id = v;
  f.ui.steps![1]!.attachments = [v];
});
field('form', 'AttachmentSpec.label', 'text', (f, v) => void (f.attachments![0]!.label = v));
field('form', 'AttachmentSpec.help', 'text', (f, v) => void (f.attachments![0]!.help = v));
field('form', 'CrossFieldRule.message', 'text', (f, v) => void (f.ui.rules![0]!.message = { de: v, en: v }));

// --- Receipt
field('receipt', 'Receipt.reference', 'text', (r, v) => void (r.reference = v));
field('receipt', 'Receipt.serviceName', 'text', (r, v) => void (r.serviceName = v));
field('receipt', 'Receipt.authorityName', 'text', (r, v) => void (r.authorityName = v));
field('receipt', 'Receipt.nextSteps[]', 'text', (r, v) => void (r.nextSteps = [v, v]));
field('receipt', 'Receipt.statusLookup.pin', 'text', (r, v) => void (r.statusLookup!.pin = v));
field('receipt', 'Receipt.documentUrl', 'url', (r, v) => void (r.documentUrl = v));
field('receipt', 'Receipt.expectedCompletion', 'format', (r, v) => void (r.expectedCompletion = v));

// --- CaseStatus
field('case', 'CaseStatus.reference', 'text', (c, v) => void (c.reference = v));
field('case', 'CaseStatus.serviceName', 'text', (c, v) => void (c.serviceName = v));
field('case', 'CaseStatus.authorityName', 'text', (c, v) => void (c.authorityName = v));
field('case', 'CaseEvent.note', 'text', (c, v) => c.history?.forEach((e) => void (e.note = v)));
field('case', 'RequiredAction.description', 'text', (c, v) => c.history?.forEach((e) => e.action && void (e.action.description = v)));
field('case', 'RequiredAction.url', 'url', (c, v) => c.history?.forEach((e) => e.action && void (e.action.url = v)));
field('case', 'CaseStatus.updatedAt', 'format', (c, v) => void (c.updatedAt = v));
field('case-rejected', 'CaseEvent.reason', 'text', (c, v) => c.history?.forEach((e) => e.reason && void (e.reason = v)));

export const HOSTILE_FIELDS: readonly FieldSpec[] = fields;

export function fieldsOf(...models: ModelName[]): FieldSpec[] {
  return fields.filter((f) => models.includes(f.model));
}
