import { checkSentra, formatSentraCheck } from '../programme/criteria.ts';
import { checkDak, formatDak } from '../programme/dak.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

const yesNo = (value: string | undefined, name: string): boolean | undefined => {
  if (value === undefined) return undefined;
  if (/^(ya|y|yes|iya|sudah|true|1)$/i.test(value)) return true;
  if (/^(tidak|t|no|n|belum|false|0)$/i.test(value)) return false;
  throw Object.assign(new Error(`--${name} harus "ya" atau "tidak", bukan "${value}"`), {
    code: 'ERR_PARSE_ARGS_BAD_VALUE',
  });
};

type CheckOptions = Partial<
  Record<'households' | 'similar-businesses' | 'single-village' | 'guidance' | 'known', string>
> & { json: boolean };

/** `check sentra` and `check dak`. */
export async function checkCommand(args: ParsedArgs<CheckOptions>, io: CliIo): Promise<number> {
  const { sub } = args;
  const { values, positionals } = args;
  if (sub === 'sentra') {
    const count = (value: string | undefined, name: string) => {
      if (value === undefined) return undefined;
      const n = Number(value.replace(/[.\s]/g, ''));
      if (!Number.isInteger(n) || n < 0)
        throw Object.assign(new Error(`--${name} harus bilangan bulat, bukan "${value}"`), {
          code: 'ERR_PARSE_ARGS_BAD_VALUE',
        });
      return n;
    };
    const check = checkSentra({
      households: count(values.households, 'households'),
      similarBusinesses: count(values['similar-businesses'], 'similar-businesses'),
      singleVillage: yesNo(values['single-village'], 'single-village'),
      guidance: yesNo(values.guidance, 'guidance'),
      knownToPublic: yesNo(values.known, 'known'),
    });
    await write(io.stdout, values.json ? JSON.stringify(check) : formatSentraCheck(check));
    return EXIT.ok;
  }
  if (sub === 'dak') {
    const item = positionals.join(' ').trim();
    if (!item) {
      await write(
        io.stderr,
        `Sebutkan barang atau fasilitasnya, misalnya: pendamping check dak "rumah kemasan"\n\n${args.help}`,
      );
      return EXIT.usage;
    }
    const answer = checkDak(item);
    if (!answer) {
      const unknown = {
        verdict: 'depends',
        reason:
          'barang ini tidak ada dalam daftar menu yang saya punya; rincian yang boleh didanai ditetapkan petunjuk teknis DAK tiap tahun',
      };
      await write(
        io.stdout,
        values.json
          ? JSON.stringify(unknown)
          : `Tergantung: ${unknown.reason}. Tanyakan ke Dinas Perindustrian atau Bappeda setempat.`,
      );
      return EXIT.ok;
    }
    await write(io.stdout, values.json ? JSON.stringify(answer) : formatDak(answer));
    return EXIT.ok;
  }
  await write(io.stderr, `Sub-perintah tidak dikenal: ${sub}\n\n${args.help}`);
  return EXIT.usage;
}
