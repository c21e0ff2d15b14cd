import { parseArgs } from 'node:util';
import { checkSentra, formatSentraCheck } from '../programme/criteria.ts';
import { checkDak, formatDak } from '../programme/dak.ts';
import { type CliIo, EXIT, write } from './io.ts';

export const CHECK_HELP = `Pemakaian:
  pendamping check sentra [--households N] [--similar-businesses N] [--single-village ya|tidak]
                          [--guidance ya|tidak] [--known ya|tidak] [--json]
      Memeriksa empat kriteria sentra IKM satu per satu. Fakta yang tidak diberikan ditanyakan, tidak diasumsikan.
  pendamping check dak "barang atau fasilitas" [--json]
      Apakah DAK fisik bidang IKM bisa membiayainya: ya / tidak / tergantung, dengan alasan dan sumber.`;

const yesNo = (value: string | undefined, name: string): boolean | undefined => {
  if (value === undefined) return undefined;
  if (/^(ya|y|yes|iya|sudah|true|1)$/i.test(value)) return true;
  if (/^(tidak|t|no|n|belum|false|0)$/i.test(value)) return false;
  throw Object.assign(new Error(`--${name} harus "ya" atau "tidak", bukan "${value}"`), {
    code: 'ERR_PARSE_ARGS_BAD_VALUE',
  });
};

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      households: { type: 'string' },
      'similar-businesses': { type: 'string' },
      'single-village': { type: 'string' },
      guidance: { type: 'string' },
      known: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !sub || sub === '--help' || sub === '-h') {
    await write(sub ? io.stdout : io.stderr, CHECK_HELP);
    return sub ? EXIT.ok : EXIT.usage;
  }
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
        `Sebutkan barang atau fasilitasnya, misalnya: pendamping check dak "rumah kemasan"\n\n${CHECK_HELP}`,
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
  await write(io.stderr, `Sub-perintah tidak dikenal: ${sub}\n\n${CHECK_HELP}`);
  return EXIT.usage;
}
