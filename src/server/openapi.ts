// The OpenAPI 3.1 description served at /openapi.json. The Analysis schema is the contract file
// (schema/analysis.schema.json), embedded when it sits beside the code (a repository checkout).
import { readFileSync } from 'node:fs';
import { CONVENTIONS } from '../conventions.js';
import { SCHEMA_ID } from '../index.js';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const analysisResponse = { description: `the analysis (${SCHEMA_ID})`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Analysis' } } } };
const asParam = { name: 'as', in: 'query', required: false, schema: { enum: ['auto', 'page', 'html', 'body'] },
  description: 'how to read the input: page = scraped page text, html, body = already clean text (offsets map 1:1)' };
const attributionsParam = { name: 'attributions', in: 'query', required: false, schema: { enum: [...CONVENTIONS] },
  description: 'which attributions to report: newslens (default) = one statement per quoted stretch, parc = the PARC / PolNeAR convention (a quote interrupted by its cue is one attribution)' };
const options = { as: asParam.schema, attributions: attributionsParam.schema };

const analyzeBody = {
  required: true,
  content: {
    'application/json': { schema: { oneOf: [
      { type: 'object', required: ['text'], properties: { text: { type: 'string' }, ...options }, additionalProperties: false },
      { type: 'object', required: ['html'], properties: { html: { type: 'string' }, url: { type: 'string', format: 'uri' }, ...options }, additionalProperties: false },
      { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' }, ...options }, additionalProperties: false },
    ] } },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
};

const commonErrors = {
  400: errorResponse('bad JSON, unknown field, empty input, bad URL'),
  403: errorResponse('URL on a loopback/private/link-local address (server not started with --allow-private)'),
  413: errorResponse('body (or fetched page) over the size limit'),
  415: errorResponse('content type not accepted, or binary input'),
  502: errorResponse('the URL could not be fetched'),
  503: errorResponse('saturated (Retry-After header says when to retry) or over the time limit'),
};

export function openApi(version: string, corpus: boolean): object {
  const paths: Record<string, object> = {
    '/v1/analyze': { post: {
      summary: 'Analyse one article', parameters: [asParam, attributionsParam,
        { name: 'url', in: 'query', required: false, schema: { type: 'string' }, description: 'the page URL of a raw text/html body' }],
      requestBody: analyzeBody,
      responses: { 200: { ...analysisResponse, content: { ...analysisResponse.content, 'text/html': { schema: { type: 'string' } } } }, ...commonErrors },
      description: 'Send Accept: text/html to get the standalone HTML report instead of JSON.',
    } },
    '/v1/view': { post: {
      summary: 'Analyse one article for the web viewer: the analysis plus its rendered parts', parameters: [asParam, attributionsParam], requestBody: analyzeBody,
      responses: { 200: { description: 'analysis and HTML fragments', content: { 'application/json': { schema: { type: 'object', properties: {
        analysis: { $ref: '#/components/schemas/Analysis' },
        view: { type: 'object', properties: { masthead: { type: 'string' }, body: { type: 'string' }, panel: { type: 'string' } } },
      } } } } }, ...commonErrors },
    } },
    '/healthz': { get: { summary: 'Liveness and load', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    '/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  };
  if (corpus) {
    paths['/v1/stats'] = { get: {
      summary: 'Corpus statistics over the --db store', parameters: [
        { name: 'by', in: 'query', schema: { type: 'string' }, description: 'comma-separated groups: outlet, month' },
        { name: 'top', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
      responses: { 200: { description: 'statistics', content: { 'application/json': { schema: { type: 'object' } } } }, 400: errorResponse('bad parameter') },
    } };
    paths['/v1/articles'] = { get: {
      summary: 'Stored articles, in input order', parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
        { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
        { name: 'outlet', in: 'query', schema: { type: 'string' } }],
      responses: { 200: { description: '{total, offset, limit, items}', content: { 'application/json': { schema: { type: 'object' } } } }, 400: errorResponse('bad parameter') },
    } };
    paths['/v1/articles/{key}'] = { get: {
      summary: 'One stored article: its summary and full analysis',
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' }, description: 'sha256 of the record input' }],
      responses: { 200: { description: '{summary, analysis}', content: { 'application/json': { schema: { type: 'object' } } } }, 404: errorResponse('no such article') },
    } };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'newslens', version, description: 'Who said what, according to whom: statements, sources and sourcing profiles of news articles.' },
    paths,
    components: { schemas: {
      Analysis: contractSchema(),
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'status', 'message'], properties: {
        code: { type: 'string', examples: ['BAD_JSON', 'TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'PRIVATE_ADDRESS', 'BUSY'] },
        status: { type: 'integer' }, message: { type: 'string' }, hint: { type: ['string', 'null'] },
      } } } },
    } },
  };
}

function contractSchema(): object {
  try {
    const { $schema: _drop, ...schema } = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
    return schema;
  } catch {
    return { type: 'object', description: `the ${SCHEMA_ID} contract (schema/analysis.schema.json in the newslens repository)` };
  }
}
