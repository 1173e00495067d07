export { JsonSchemaForm, type JsonSchemaFormProps } from './json-schema-form';
export { readFormSchema, cleanFormValues, type FormField, type FieldKind, type SchemaReading } from './schema-fields';
export { checkField } from './field-check';
