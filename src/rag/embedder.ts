import { Embeddings } from '@langchain/core/embeddings';
import OpenAI from 'openai';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, TEI behind a gateway),
 * as a LangChain `Embeddings`. Inputs are batched; failures become EMBEDDING_FAILED.
 */
export class OpenAICompatibleEmbeddings extends Embeddings {
  readonly model: string;
  readonly dimensions?: number;
  private readonly client: OpenAI;
  private readonly batchSize: number;

  constructor(options: { client: OpenAI; model: string; dimensions?: number; batchSize?: number }) {
    super({});
    this.client = options.client;
    this.model = options.model;
    this.dimensions = options.dimensions;
    this.batchSize = options.batchSize ?? 64;
  }

  static fromConfig(config: Config): OpenAICompatibleEmbeddings {
    if (!config.openai.embeddingModel)
      throw new AppError('CONFIG_INVALID', 'OPENAI_EMBEDDING_MODEL is not set');
    const client = new OpenAI({
      apiKey: config.openai.apiKey ?? 'not-needed',
      baseURL: config.openai.baseURL,
      timeout: config.openai.timeoutMs,
      maxRetries: config.openai.maxRetries,
    });
    return new OpenAICompatibleEmbeddings({
      client,
      model: config.openai.embeddingModel,
      dimensions: config.openai.embeddingDimensions,
    });
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i += this.batchSize) {
      const batch = documents.slice(i, i + this.batchSize);
      let response: OpenAI.CreateEmbeddingResponse;
      try {
        response = await this.client.embeddings.create({
          model: this.model,
          input: batch,
          ...(this.dimensions ? { dimensions: this.dimensions } : {}),
        });
      } catch (error) {
        throw new AppError('EMBEDDING_FAILED', `Embedding request failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
      if (
        vectors.length !== batch.length ||
        vectors.some((vector) => !Array.isArray(vector) || vector.length === 0)
      ) {
        throw new AppError(
          'EMBEDDING_FAILED',
          `Embedding response had ${vectors.length} vectors for ${batch.length} inputs`,
        );
      }
      out.push(...vectors);
    }
    return out;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([document]);
    return vector!;
  }
}
