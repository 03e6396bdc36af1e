"""The model: `BertForPreTraining` sized by a preset, and the pretraining loss.

The loss is the one `BertForPreTraining.forward` computes (mean MLM cross-entropy over masked
tokens + NSP cross-entropy). With the sparse head (the default) the vocabulary projection runs only
on the ~15% masked positions instead of every position: on a small model that projection is about
half of all the compute. The weights are those of a plain `BertForPreTraining` either way, so a
checkpoint loads as `BertForPreTraining` or `BertForMaskedLM` whichever head trained it.

`PretrainingModule` wraps model + loss into one `forward(batch)`: DDP synchronises gradients only
through its wrapped module's `forward`, so the loss must be computed inside it.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from transformers import BertConfig, BertForPreTraining

from train.config import ModelConfig

IGNORE_INDEX = -100  # the collator's label for positions that are not masked


def build_bert_config(cfg: ModelConfig, vocab_size: int, max_seq_len: int, pad_token_id: int) -> BertConfig:
    if cfg.attention == "flash_attention_2":
        try:
            import flash_attn  # noqa: F401
        except ImportError:
            raise ValueError(
                'model.attention = "flash_attention_2" needs the flash-attn package (`pip install flash-attn '
                '--no-build-isolation`, CUDA only); or use "sdpa", which picks a flash kernel itself on GPUs'
            ) from None
    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=cfg.resolved_hidden_size,
        num_hidden_layers=cfg.resolved_num_layers,
        num_attention_heads=cfg.resolved_num_heads,
        intermediate_size=cfg.resolved_intermediate_size,
        hidden_dropout_prob=cfg.dropout,
        attention_probs_dropout_prob=cfg.dropout,
        max_position_embeddings=max_seq_len,
        type_vocab_size=2,
        pad_token_id=pad_token_id,
        attn_implementation=cfg.attention,
    )


def build_model(config: BertConfig) -> BertForPreTraining:
    """A freshly initialised model (seed the global torch RNG first for a reproducible init)."""
    return BertForPreTraining(config)


def pretraining_loss(
    model: BertForPreTraining, batch: dict[str, torch.Tensor], sparse_head: bool = True
) -> tuple[torch.Tensor, dict]:
    """Total loss and detached per-part metrics (tensors on the model's device; no host sync here)."""
    encoded = model.bert(
        input_ids=batch["input_ids"],
        attention_mask=batch["attention_mask"],
        token_type_ids=batch["token_type_ids"],
        return_dict=True,
    )
    labels = batch["labels"]
    masked = labels != IGNORE_INDEX
    if sparse_head:  # gather the masked positions first: the head sees ~15% of the tokens
        mlm_logits = model.cls.predictions(encoded.last_hidden_state[masked]).float()
    else:  # the head on every position, as BertForPreTraining.forward runs it
        mlm_logits = model.cls.predictions(encoded.last_hidden_state)[masked].float()
    mlm_targets = labels[masked]
    nsp_logits = model.cls.seq_relationship(encoded.pooler_output).float()
    nsp_targets = batch["next_sentence_label"]
    if mlm_targets.numel():
        mlm_loss = F.cross_entropy(mlm_logits, mlm_targets)
    else:  # a batch with nothing masked (possible for tiny batches): keep the graph, add nothing
        mlm_loss = mlm_logits.sum() * 0.0
    nsp_loss = F.cross_entropy(nsp_logits, nsp_targets)
    with torch.no_grad():
        metrics = {
            "mlm_loss": mlm_loss.detach(),
            "nsp_loss": nsp_loss.detach(),
            "mlm_correct": (mlm_logits.argmax(-1) == mlm_targets).sum(),
            "mlm_count": masked.sum(),
            "nsp_correct": (nsp_logits.argmax(-1) == nsp_targets).sum(),
            "nsp_count": torch.tensor(nsp_targets.numel(), device=nsp_targets.device),
        }
    return mlm_loss + nsp_loss, metrics


class PretrainingModule(torch.nn.Module):
    """`forward(batch) -> (loss, metrics)`: the unit DDP wraps (and whose `model` is what gets saved)."""

    def __init__(self, model: BertForPreTraining, sparse_head: bool = True):
        super().__init__()
        self.model = model
        self.sparse_head = sparse_head

    def forward(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, dict]:
        return pretraining_loss(self.model, batch, self.sparse_head)
