import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Searcher, SearchFilters } from './types.ts';

/**
 * The knowledge base as a LangChain retriever, so that chains and agents built on @langchain/core
 * can use it; metadata carries the path, section, source and score for citations.
 */
export class KnowledgeRetriever extends BaseRetriever {
  lc_namespace = ['pendamping', 'retrievers'];
  private readonly searcher: Searcher;
  private readonly k: number;
  private readonly filters?: SearchFilters;

  constructor(fields: BaseRetrieverInput & { searcher: Searcher; k?: number; filters?: SearchFilters }) {
    super(fields);
    this.searcher = fields.searcher;
    this.k = fields.k ?? 5;
    this.filters = fields.filters;
  }

  override async _getRelevantDocuments(
    query: string,
    _runManager?: CallbackManagerForRetrieverRun,
  ): Promise<Document[]> {
    const { chunks } = await this.searcher.search(query, { k: this.k, filters: this.filters });
    return chunks.map(
      (chunk) =>
        new Document({
          pageContent: chunk.content,
          metadata: {
            path: chunk.path,
            title: chunk.title,
            section: chunk.section,
            source: chunk.source,
            asOf: chunk.asOf,
            score: chunk.score,
            topic: chunk.topic,
          },
        }),
    );
  }
}
